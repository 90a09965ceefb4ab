package org.meridian.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.meridian.core.landscape.Home;

class RecommendingPartnersTests {

    static final Home HOME = Home.institution("H");

    static List<String> ids(List<PartnerRecommendation> recommendations) {
        return recommendations.stream().map(r -> r.institution().id()).toList();
    }

    @Test
    void ranksFirstThePartnerClearlyStrongestWhereTheHomeIsWeak() {
        // H (CN) publishes in 1101 and barely in 1102; A is large and cited in 1102, B average, C works in 1103
        PartnerIndex index = new SmallWorld()
                .output("H", "CN", "1101", 20, 1, 0.1).output("H", "CN", "1102", 0.5, 0.5, 0)
                .output("A", "DE", "1102", 30, 2, 0.25)
                .output("B", "US", "1102", 10, 1, 0.1)
                .output("C", "FR", "1103", 30, 1.2, 0.1).output("C", "FR", "1102", 2, 1, 0.1)
                .index();

        List<PartnerRecommendation> found = RecommendingPartners.recommend(index, PartnerQuery.of(HOME, List.of("1102"), 3));

        // A, large and cited in 1102, leads. Of the other two, C ranks before B: every subfield here lies in field
        // 11, where common ground is measured, and C publishes three times as much there as B; B's edge in
        // strength (10 works in 1102 against C's 2) weighs less (strength 0.10 against feasibility 0.65)
        assertThat(ids(found)).containsExactly("A", "C", "B");
        assertThat(found.get(2).factors().strength()).isGreaterThan(found.get(1).factors().strength());
        FieldStrength evidence = found.get(0).fieldsCovered().get(0);
        // three units with p >= 1 in 1102: too few to estimate shrinkage, so k = 10 prior works
        assertThat(evidence.shrunkMncs()).isCloseTo((60 + 10) / 40.0, within(1e-6));
        assertThat(evidence.shrunkPpTop10()).isCloseTo((7.5 + 1) / 40.0, within(1e-6));
        double impact = 0.5 * 1.75 / 2.75 + 0.5 * 2.125 / 3.125;
        assertThat(evidence.strength()).isCloseTo(Math.sqrt(1.0 * impact), within(1e-6));
        assertThat(found.get(0).factors().strength()).isCloseTo(evidence.strength(), within(1e-6));
        assertThat(found.get(0).reason()).contains("best in 1102", "MNCS 2.00 (shrunk 1.75)");
    }

    /** L has two works, one cited 24 times the average; S has four solid ones. */
    static SmallWorld luckyAndSolid() {
        return new SmallWorld()
                .output("H", "CN", "1101", 20, 1, 0.1)
                .output("L", "DE", "1103", 2, 12, 0.5)
                .output("S", "FR", "1103", 4, 1.3, 0.12);
    }

    @Test
    void demotesATinyUnitWithOneLuckyPaperBelowASolidOne() {
        PartnerQuery query = PartnerQuery.of(HOME, List.of("1103"), 2).with(PartnerWeights.strengthOnly());

        List<PartnerRecommendation> shrunk = RecommendingPartners.recommend(luckyAndSolid().index(), query);
        List<PartnerRecommendation> raw = RecommendingPartners.recommend(
                luckyAndSolid().index(PartnerIndexSettings.defaults().withFixedPriorWorks(0)), query);

        assertThat(ids(raw)).containsExactly("L", "S");
        assertThat(ids(shrunk)).containsExactly("S", "L");
        // L: volume ln 3 / ln 5, shrunk MNCS (24 + 10) / 12, shrunk pp_top10 (1 + 1) / 12
        double lucky = Math.sqrt(Math.log(3) / Math.log(5) * (0.5 * (34 / 12.0) / (1 + 34 / 12.0) + 0.5 * (2 / 1.2) / (1 + 2 / 1.2)));
        assertThat(shrunk.get(1).factors().strength()).isCloseTo(lucky, within(1e-6));
    }

    static PartnerIndex fiveStrongInOneField() {
        return new SmallWorld()
                .output("H", "CN", "1101", 20, 1, 0.1)
                .output("D1", "DE", "1104", 40, 2, 0.2)
                .output("D2", "DE", "1104", 35, 2, 0.2)
                .output("D3", "DE", "1104", 30, 2, 0.2)
                .output("J1", "JP", "1104", 20, 1.5, 0.15)
                .output("U1", "US", "1104", 10, 1, 0.1)
                .index();
    }

    @Test
    void keepsThePureRankingWithoutDiversity() {
        PartnerQuery query = PartnerQuery.of(HOME, List.of("1104"), 5).with(PartnerWeights.strengthOnly());

        assertThat(ids(RecommendingPartners.recommend(fiveStrongInOneField(), query)))
                .containsExactly("D1", "D2", "D3", "J1", "U1");
    }

    @Test
    void reRanksSoThatTheTopIsNotAllFromOneCountry() {
        PartnerQuery query = PartnerQuery.of(HOME, List.of("1104"), 3).with(PartnerWeights.strengthOnly().withDiversity(0.3));

        List<PartnerRecommendation> found = RecommendingPartners.recommend(fiveStrongInOneField(), query);

        assertThat(ids(found)).startsWith("D1", "J1");
        assertThat(found.get(1).factors().diversity()).isEqualTo(1 - 0.0);
        assertThat(found.stream().map(r -> r.institution().countryCode()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void keepsOneCountryWhenTheFilterAsksForIt() {
        PartnerQuery query = PartnerQuery.of(HOME, List.of("1104"), 3).with(PartnerWeights.strengthOnly().withDiversity(0.3))
                .with(CandidateFilter.all().inCountries(Set.of("DE")));

        assertThat(ids(RecommendingPartners.recommend(fiveStrongInOneField(), query))).containsExactly("D1", "D2", "D3");
    }

    static PartnerIndex twinsOneKnownToAPartner() {
        // X and Y are equally strong; H's partner P has co-published with Y
        return new SmallWorld()
                .output("H", "CN", "1101", 20, 1, 0.1)
                .output("P", "GB", "1101", 10, 1, 0.1)
                .output("X", "DE", "1105", 20, 1.5, 0.15)
                .output("Y", "FR", "1105", 20, 1.5, 0.15)
                .tie("H", "P", 3).tie("P", "Y", 2)
                .index();
    }

    @Test
    void prefersTheCandidateItsPartnersAlreadyWorkWith() {
        List<PartnerRecommendation> found = RecommendingPartners.recommend(twinsOneKnownToAPartner(),
                PartnerQuery.of(HOME, List.of("1105"), 3));

        // of the twins, Y (known to P) leads X; P, the current partner, comes last despite its co-publications:
        // it has no output in the target field 1105 and works where H already does (complementarity 0)
        assertThat(ids(found)).containsExactly("Y", "X", "P");
        PartnerRecommendation twin = found.get(0);
        assertThat(twin.factors().feasibilityParts().sharedPartnerCount()).isEqualTo(1);
        // Y has the only paths through a shared partner: the highest, 1
        assertThat(twin.factors().feasibilityParts().sharedPartners()).isEqualTo(1.0);
        assertThat(found.get(1).factors().feasibilityParts().sharedPartners()).isZero();
        assertThat(twin.factors().feasibility()).isGreaterThan(found.get(1).factors().feasibility());
        PartnerRecommendation partner = found.get(2);
        assertThat(partner.factors().feasibilityParts().coPublications()).isCloseTo(3 / 5.0, within(1e-12));
    }

    @Test
    void prefersTheCandidateMoreStronglyTiedToASharedPartner() {
        // Y and Z are twins, and both have co-published with H's partner P: Y once, Z four times (on a tie, the
        // first candidate, Y, would come first)
        PartnerIndex index = new SmallWorld()
                .output("H", "CN", "1101", 20, 1, 0.1)
                .output("P", "GB", "1101", 10, 1, 0.1)
                .output("Y", "DE", "1105", 20, 1.5, 0.15)
                .output("Z", "DE", "1105", 20, 1.5, 0.15)
                .tie("H", "P", 3).tie("P", "Y", 1).tie("P", "Z", 4)
                .index();

        List<PartnerRecommendation> found = RecommendingPartners.recommend(index,
                PartnerQuery.of(HOME, List.of("1105"), 2).with(CandidateFilter.all().excludingCurrentPartners()));

        assertThat(ids(found)).containsExactly("Z", "Y");
        FeasibilityParts z = found.get(0).factors().feasibilityParts();
        FeasibilityParts y = found.get(1).factors().feasibilityParts();
        assertThat(y.sharedPartnerCount()).isEqualTo(z.sharedPartnerCount()).isEqualTo(1);
        // P shares 8 works in all. Paths: from H through P to Z 3/3 × 4/8, from Z through P to H 4/4 × 3/8, so
        // 0.875 for Z; for Y 3/3 × 1/8 + 1/1 × 3/8 = 0.5; over the highest, Z's
        assertThat(z.sharedPartners()).isEqualTo(1.0);
        assertThat(y.sharedPartners()).isCloseTo(0.5 / 0.875, within(1e-6));
    }

    @Test
    void findsMoreCommonGroundWhereTheHomeIsSpecialisedInASmallField() {
        // H publishes as much in 1101 (field 11: 600 works in the world) as in 1201 (field 12: 20 works); A and B,
        // in one country, publish as much as each other, A in 1101 and B in 1201
        PartnerIndex index = new SmallWorld()
                .subfield("12", "1201", 20)
                .output("H", "CN", "1101", 10, 1, 0.1).output("H", "CN", "1201", 10, 1, 0.1)
                .output("A", "DE", "1101", 10, 1, 0.1)
                .output("B", "DE", "1201", 10, 1, 0.1)
                .index();

        List<PartnerRecommendation> found = RecommendingPartners.recommend(index, PartnerQuery.of(HOME, List.of("1103"), 2));

        assertThat(ids(found)).containsExactly("B", "A");
        // common ground weighs each field by H's activity index there: (10/20) / (20/620) against (10/20) / (600/620)
        double a = found.get(1).factors().feasibilityParts().commonGround();
        assertThat(found.get(0).factors().feasibilityParts().commonGround() / a).isCloseTo(30, within(1e-6));
    }

    @Test
    void leavesOutCurrentPartnersWhenAsked() {
        PartnerQuery query = PartnerQuery.of(HOME, List.of("1105"), 3).with(CandidateFilter.all().excludingCurrentPartners());

        assertThat(ids(RecommendingPartners.recommend(twinsOneKnownToAPartner(), query))).containsExactly("Y", "X");
    }

    @Test
    void neverRecommendsTheHomeItself() {
        PartnerQuery query = PartnerQuery.of(HOME, List.of("1101"), 10);

        assertThat(ids(RecommendingPartners.recommend(twinsOneKnownToAPartner(), query))).doesNotContain("H");
    }
}
