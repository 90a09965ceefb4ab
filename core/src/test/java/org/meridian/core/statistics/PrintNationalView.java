package org.meridian.core.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.meridian.core.balance.BalanceRow;
import org.meridian.core.balance.BalanceScope;
import org.meridian.core.balance.BalanceSheet;
import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelWeights;
import org.meridian.core.scorecard.Aggregation;
import org.meridian.core.scorecard.IndicatorTable;
import org.meridian.core.scorecard.IndicatorTree;
import org.meridian.core.scorecard.MissingValues;
import org.meridian.core.scorecard.Normalisation;
import org.meridian.core.scorecard.RankInterval;
import org.meridian.core.scorecard.Scorecard;
import org.meridian.core.scorecard.ScorecardResult;
import org.meridian.core.scorecard.ScorecardSettings;
import org.meridian.core.scorecard.UncertaintyAnalysis;
import org.meridian.core.scorecard.UncertaintyResult;
import org.meridian.core.scorecard.UncertaintySettings;
import org.meridian.core.scorecard.UnitScore;
import org.meridian.core.scorecard.Weights;

/**
 * Prints a country's national view, its student balance and its place in a country scorecard (peers: OECD members,
 * the country, Belt and Road countries with data) from the shipped statistics. Run:
 * {@code java -cp core/target/classes:core/target/test-classes org.meridian.core.statistics.PrintNationalView [CN]}
 */
public final class PrintNationalView {

    private PrintNationalView() {
    }

    public static void main(String[] arguments) {
        String home = arguments.length > 0 ? arguments[0] : "CN";
        ShippedStatistics statistics = ShippedStatistics.load();
        statistics.reports().forEach(report -> report.lines().forEach(System.out::println));
        LocalDate asOf = LocalDate.of(2023, 12, 31);
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put("OECD", statistics.countries().oecdMembersOn(asOf));
        groups.put("BRI", statistics.countries().beltAndRoadOn(asOf));
        NationalProfile profile = NationalView.of(home, statistics, groups, 5, Map.of());

        System.out.println("\n== " + profile.country().nameEnglish() + " / " + profile.country().nameChinese());
        profile.notes().forEach(note -> System.out.println("note: " + note.text()));
        System.out.println("year inbound outbound net inboundRate% outboundRatio%");
        profile.mobility().stream().filter(year -> year.year() >= 2013).forEach(year -> System.out.printf(
                Locale.ROOT, "%d %s %s %s %s %s%n", year.year(), show(year.inbound()), show(year.outbound()),
                show(year.netFlow()), show(year.inboundRatePercent()), show(year.outboundRatioPercent())));
        System.out.println("outbound students by destination (OECD hosts):");
        profile.outboundStudentPartners().forEach(year -> System.out.printf(Locale.ROOT,
                "%d total %.0f top %s OECD %.3f BRI %.3f%n", year.year(), year.total(), partners(year.top()),
                year.groupShares().get("OECD"), year.groupShares().get("BRI")));
        System.out.println("inbound students by origin: " + (profile.inboundStudentPartners().isEmpty() ? "not reported"
                : profile.inboundStudentPartners().size() + " years"));
        System.out.println("international co-authorship:");
        profile.coauthorship().stream().filter(year -> year.year() >= 2015).forEach(year -> System.out.printf(
                Locale.ROOT, "%d intl works %s partners %d top %s OECD %.3f BRI %.3f%n", year.year(),
                year.internationalWorks().isPresent() ? year.internationalWorks().getAsLong() : "-",
                year.partnerCountries(), partners(year.top()), year.groupShares().get("OECD"),
                year.groupShares().get("BRI")));

        BalanceSheet balance = BalanceSheet.of(NationalBalanceFlows.students(profile.mobility()), groups,
                ChannelWeights.equal());
        System.out.println("balance, students channel (bringing in = inbound, going global = outbound):");
        for (BalanceRow row : balance.byYear()) {
            if (row.scope().equals(BalanceScope.ALL) && row.fromYear() >= 2013) {
                System.out.printf(Locale.ROOT, "%d in %d out %d index %+.3f overall %+.3f%n", row.fromYear(),
                        row.channel(Channel.STUDENTS).bringingIn(), row.channel(Channel.STUDENTS).goingGlobal(),
                        row.channel(Channel.STUDENTS).index().getAsDouble(), row.overall().getAsDouble());
            }
        }
        System.out.println("partners with both directions in OECD flows: "
                + NationalBalanceFlows.studentsByPartner(home, statistics.oecdFlows().records()).size()
                + "; one-sided: " + NationalBalanceFlows.oneSidedPartners(home, statistics.oecdFlows().records()).size());

        Set<String> peers = new TreeSet<>(groups.get("OECD"));
        peers.addAll(groups.get("BRI"));
        peers.add(home);
        IndicatorTree tree = IndicatorTree.goingGlobalAndVoice();
        IndicatorTable table = NationalIndicators.table(statistics, peers, 2022, 2, 2023, 100);
        ScorecardResult scorecard = Scorecard.compute(tree, table, Weights.equal(tree), ScorecardSettings.defaults());
        System.out.println("\nscorecard: " + scorecard.scores().size() + " countries ranked; indicators used "
                + scorecard.tree().indicators().stream().map(indicator -> indicator.id()).toList()
                + "; dropped (no national data) " + scorecard.droppedIndicators() + "; excluded " + scorecard.excludedUnits());
        for (UnitScore score : scorecard.scores().subList(0, 10)) {
            print(score, table);
        }
        print(scorecard.score(home).orElseThrow(), table);
        for (MissingValues missing : List.of(MissingValues.PEER_MEAN, MissingValues.EXCLUDE_UNIT)) {
            ScorecardResult other = Scorecard.compute(tree, table, Weights.equal(tree),
                    new ScorecardSettings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, missing));
            System.out.printf(Locale.ROOT, "under %s: %s rank %.1f of %d%n", missing,
                    home, other.score(home).orElseThrow().rank(), other.scores().size());
        }
        UncertaintyResult uncertainty = UncertaintyAnalysis.run(tree, table, Weights.equal(tree),
                ScorecardSettings.defaults(), UncertaintySettings.defaults(2026));
        RankInterval interval = uncertainty.unit(home).orElseThrow();
        System.out.printf(Locale.ROOT, "%s rank nominal %.1f median %.1f 5-95%% [%.1f, %.1f] drivers %s%n", home,
                interval.nominalRank(), interval.medianRank(), interval.lowerRank(), interval.upperRank(),
                interval.drivers(3));
        System.out.println("first-order indices " + interval.firstOrderIndices() + " removal shifts "
                + interval.removalShifts());
        System.out.println("mean first-order indices over peers " + uncertainty.meanFirstOrderIndices());
    }

    private static void print(UnitScore score, IndicatorTable table) {
        System.out.printf(Locale.ROOT, "%5.1f %s %.3f  inbound %.0f partners %.0f regions %.0f%n", score.rank(),
                score.unit(), score.composite(), table.value(score.unit(), "inbound_students"),
                table.value(score.unit(), "partner_countries"), table.value(score.unit(), "partner_regions"));
    }

    private static String partners(List<PartnerCount> top) {
        StringBuilder text = new StringBuilder();
        top.forEach(partner -> text.append(String.format(Locale.ROOT, "%s %.0f (%.3f) ", partner.partner(),
                partner.count(), partner.share())));
        return text.toString().trim();
    }

    private static String show(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()).replace(".00", "") : "-";
    }
}
