package org.meridian.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.meridian.core.landscape.Scholarly.article;
import static org.meridian.core.landscape.Scholarly.author;
import static org.meridian.core.landscape.Scholarly.institution;
import static org.meridian.core.landscape.Scholarly.topic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.TallySettings;
import org.meridian.core.landscape.WorkTally;
import org.meridian.core.landscape.YearRange;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Topic;

class RecommendingTalentTests {

    static final Topic AI = topic("T1", "1702");
    static final Topic CIRCUITS = topic("T2", "2208");
    static final Affiliation H = institution("H", "CN");
    static final Affiliation X = institution("X", "DE");
    static final Affiliation Y = institution("Y", "US");
    static final Affiliation Z = institution("Z", "FR");

    // Group (1702, 2020): citations 30, 10, 5, 15, mean 15: NCS 2, 2/3, 1/3, 1; only W1 in the top 10% (share 0.4).
    static final Landscape LANDSCAPE = WorkTally.tally(List.of(
            article("W1", 2020, 30, AI, author("x1", X)),
            article("W2", 2020, 10, AI, author("x1", X)),
            article("W3", 2020, 5, AI, author("y1", Y), author("h1", H)),
            article("W4", 2020, 15, AI, author("h1", H)),
            article("W5", 2020, 99, CIRCUITS, author("z1", Z))), TallySettings.defaults());

    final List<TalentRecommendation> found = RecommendingTalent.recommend(LANDSCAPE,
            TalentQuery.of(Home.institution("H"), List.of("1702"), FieldLevel.SUBFIELD, YearRange.year(2020), 10));

    @Test
    void ranksResearchersByFieldNormalisedOutputOutsideTheHome() {
        assertThat(found).extracting(r -> r.author().id()).containsExactly("x1", "y1");
    }

    @Test
    void shrinksTheMncsOfResearchersWithFewWorks() {
        // too few authors to estimate shrinkage: k = 10 works of world MNCS 1
        TalentRecommendation x1 = found.get(0);
        assertThat(x1.fields().get(0).shrunkMncs()).isCloseTo((2 + 2.0 / 3 + 10) / 12, within(1e-9));
        assertThat(x1.fieldNormalisedOutput()).isCloseTo(2 * (2 + 2.0 / 3 + 10) / 12, within(1e-9));
        assertThat(x1.pTop10()).isCloseTo(0.4, within(1e-9));
        assertThat(x1.affiliation().id()).isEqualTo("X");
        assertThat(x1.exampleWorks()).extracting(w -> w.workId()).containsExactly("W1", "W2");
    }

    @Test
    void showsTiesToTheHome() {
        // y1: p 0.5 with NCS 1/3, so tncs 0.5 / 3
        TalentRecommendation y1 = found.get(1);
        double output = 0.5 * (0.5 / 3 + 10) / 10.5 / (2 * (2 + 2.0 / 3 + 10) / 12);

        assertThat(y1.worksWithHome()).isEqualTo(1);
        assertThat(y1.tiesFactor()).isEqualTo(0.5);
        assertThat(y1.score()).isCloseTo(0.5 * output + 0.2 * 0.5, within(1e-9));
    }

    @Test
    void considersResearchersWithoutAKnownAffiliation() {
        Landscape withUnaffiliated = WorkTally.tally(List.of(article("W1", 2020, 30, AI, author("x1", X)),
                article("W2", 2020, 10, AI, author("u1")), article("W3", 2020, 5, AI, author("h1", H))),
                TallySettings.defaults().withAuthors(true));

        List<TalentRecommendation> recommended = RecommendingTalent.recommend(withUnaffiliated,
                TalentQuery.of(Home.institution("H"), List.of("1702"), FieldLevel.SUBFIELD, YearRange.year(2020), 10));

        assertThat(recommended).extracting(r -> r.author().id()).containsExactly("x1", "u1");
    }
}
