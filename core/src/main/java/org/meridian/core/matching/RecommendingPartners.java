package org.meridian.core.matching;

import static org.meridian.core.landscape.ReasonNumbers.fixed;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.meridian.core.landscape.ExampleWork;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;

/**
 * Recommends partner institutions for a home. Every eligible candidate of a {@link PartnerIndex} gets a
 * relevance from its {@link Factors}: the weighted geometric mean Π ((x + ε_x) / (1 + ε_x))^(w_x / Σ w) of
 * strength, complementarity and feasibility (weights {@link PartnerWeights}), so that no factor makes up for
 * the absence of another — a strong institution out of reach, or a close one with nothing to offer, ranks low.
 * The floors ε_x say how far a factor at 0 pulls a candidate down: little for strength and complementarity
 * ({@value #STRENGTH_FLOOR}, {@value #COMPLEMENTARITY_FLOOR}: a feasible candidate with no output in the target
 * fields, or with the home's own profile, still partners), much for feasibility ({@value #FEASIBILITY_FLOOR}:
 * its parts span orders of magnitude, and a larger floor would flatten the differences between the many
 * candidates that are all far from the most feasible one). The best {@code max(10k, 100)} are then re-ranked
 * by maximal marginal relevance: step by step the candidate with the highest relevance × (1 − diversity weight
 * × its highest country proximity to those already picked) comes next, so the top k are not all from one
 * country or region unless the filter leaves no other choice.
 */
public final class RecommendingPartners {

    /** ε of strength in the weighted geometric mean. */
    static final double STRENGTH_FLOOR = 0.25;
    /** ε of complementarity in the weighted geometric mean. */
    static final double COMPLEMENTARITY_FLOOR = 0.25;
    /** ε of feasibility in the weighted geometric mean. */
    static final double FEASIBILITY_FLOOR = 0.01;
    /** λ of the links in feasibility: a candidate with every link is 1 + λ times as feasible as one with none. */
    static final double LINK_LIFT = 4;
    private static final int MAX_FIELDS_SHOWN = 5;
    private static final int MAX_EXAMPLES = 3;

    private RecommendingPartners() {
    }

    public static List<PartnerRecommendation> recommend(PartnerIndex index, PartnerQuery query) {
        HomeContext home = HomeContext.of(index, query);
        PartnerWeights weights = query.weights();
        int count = index.candidateCount();
        double[] relevance = new double[count];
        PriorityQueue<Integer> pool = new PriorityQueue<>(
                Comparator.<Integer>comparingDouble(c -> relevance[c]).thenComparing(c -> -c));
        int poolSize = Math.max(10 * query.k(), 100);
        float[] strengthSums = strengthSums(index, home);
        // complementarity = Σ_f share(f) × need(f) = 1 − Σ_{f: need < 1} share(f) × (1 − need(f)), as the shares
        // sum to 1: only the fields where the home is active are visited
        float[] covered = new float[count];
        for (int f : home.activeFields()) {
            index.addShare(f, (float) (1 - home.need(f)), covered);
        }
        int targets = Math.max(1, home.targetCount());
        for (int c = 0; c < count; c++) {
            if (!home.eligible(c)) {
                continue;
            }
            double complementarity = index.totalP(c) > 0 ? Math.max(0, Math.min(1, 1 - covered[c])) : 0;
            relevance[c] = relevance(weights, strengthSums[c] / targets, complementarity,
                    feasibilityScore(index, home, query, c));
            if (pool.size() < poolSize) {
                pool.add(c);
            } else if (relevance[c] > relevance[pool.peek()]) {
                pool.poll();
                pool.add(c);
            }
        }
        List<Integer> candidates = new ArrayList<>(pool);
        List<PartnerRecommendation> chosen = new ArrayList<>();
        List<String> chosenCountries = new ArrayList<>();
        while (chosen.size() < query.k() && !candidates.isEmpty()) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            double bestSimilarity = 0;
            for (int c : candidates) {
                double similarity = similarity(index, index.candidate(c).countryCode(), chosenCountries);
                double score = relevance[c] * (1 - weights.diversity() * similarity);
                if (score > bestScore || (score == bestScore && c < best)) {
                    best = c;
                    bestScore = score;
                    bestSimilarity = similarity;
                }
            }
            candidates.remove(Integer.valueOf(best));
            chosenCountries.add(index.candidate(best).countryCode());
            chosen.add(explain(index, home, query, best, chosen.size() + 1, bestScore, relevance[best], 1 - bestSimilarity));
        }
        return chosen;
    }

    /**
     * Each candidate's strength summed over the target fields; when the targets are most fields, the total over
     * all fields minus the others, so that fewer fields are visited.
     */
    private static float[] strengthSums(PartnerIndex index, HomeContext home) {
        int count = index.candidateCount();
        if (home.targetCount() <= index.fieldCount() / 2) {
            float[] sums = new float[count];
            for (int t = 0; t < home.targetCount(); t++) {
                index.addStrength(home.target(t), sums, 1);
            }
            return sums;
        }
        float[] sums = index.strengthTotals();
        boolean[] target = new boolean[index.fieldCount()];
        for (int t = 0; t < home.targetCount(); t++) {
            target[home.target(t)] = true;
        }
        for (int f = 0; f < target.length; f++) {
            if (!target[f]) {
                index.addStrength(f, sums, -1);
            }
        }
        return sums;
    }

    /** Π ((x + ε_x) / (1 + ε_x))^(w_x / Σ w) over strength, complementarity and feasibility: in (0, 1]. */
    static double relevance(PartnerWeights weights, double strength, double complementarity, double feasibility) {
        double logSum = weights.strength() * Math.log(floored(strength, STRENGTH_FLOOR))
                + weights.complementarity() * Math.log(floored(complementarity, COMPLEMENTARITY_FLOOR))
                + weights.feasibility() * Math.log(floored(feasibility, FEASIBILITY_FLOOR));
        double total = weights.strength() + weights.complementarity() + weights.feasibility();
        return Math.exp(logSum / total);
    }

    private static double floored(double factor, double floor) {
        return (factor + floor) / (1 + floor);
    }

    static double strength(PartnerIndex index, HomeContext home, int c) {
        if (home.targetCount() == 0) {
            return 0;
        }
        double sum = 0;
        for (int t = 0; t < home.targetCount(); t++) {
            sum += index.strength(c, home.target(t));
        }
        return sum / home.targetCount();
    }

    static double complementarity(PartnerIndex index, HomeContext home, int c) {
        double total = index.totalP(c);
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        int[] needed = home.neededFields();
        for (int f : needed) {
            sum += index.p(c, f) * home.need(f);
        }
        return sum / total;
    }

    static FeasibilityParts feasibility(PartnerIndex index, HomeContext home, PartnerQuery query, int c) {
        String id = index.candidate(c).id();
        double works = home.coPublications(c);
        int shared = home.sharedPartners(c);
        int agreements = query.registry().agreements().getOrDefault(id, 0);
        int mobilities = query.registry().mobilities().getOrDefault(id, 0);
        return new FeasibilityParts(home.commonGround(c), works / (works + 2), home.partnerPaths(c), home.proximity(c),
                agreements / (agreements + 1.0), mobilities / (mobilities + 5.0), index.ppIntCollab(c), works, shared,
                agreements, mobilities);
    }

    /** Feasibility computed without building its parts (the scoring loop); equal to {@link #weighted}. */
    static double feasibilityScore(PartnerIndex index, HomeContext home, PartnerQuery query, int c) {
        PartnerWeights weights = query.weights();
        if (weights.feasibilityPartsTotal() == 0) {
            return 0;
        }
        double works = home.coPublications(c);
        double links = weights.coPublications() * works / (works + 2) + weights.sharedPartners() * home.partnerPaths(c)
                + weights.openness() * index.ppIntCollab(c);
        if (!query.registry().agreements().isEmpty() || !query.registry().mobilities().isEmpty()) {
            String id = index.candidate(c).id();
            int agreements = query.registry().agreements().getOrDefault(id, 0);
            int mobilities = query.registry().mobilities().getOrDefault(id, 0);
            links += weights.agreements() * agreements / (agreements + 1.0) + weights.mobility() * mobilities / (mobilities + 5.0);
        }
        return combine(weights, home.commonGround(c), home.proximity(c), links);
    }

    static double weighted(FeasibilityParts parts, PartnerWeights weights) {
        if (weights.feasibilityPartsTotal() == 0) {
            return 0;
        }
        double links = weights.coPublications() * parts.coPublications() + weights.sharedPartners() * parts.sharedPartners()
                + weights.agreements() * parts.agreements() + weights.mobility() * parts.mobility()
                + weights.openness() * parts.openness();
        return combine(weights, parts.commonGround(), parts.proximity(), links);
    }

    /**
     * G^g · P^p · L^l with the weights scaled to sum 1, L = (1 + λ·T) / (1 + λ), T = weighted links / their
     * weight. Common ground and proximity enter as they are, as in a gravity model of collaboration (ties grow
     * with the partners' output in shared fields and with their affinity): a part at 0 makes feasibility 0,
     * which the floor of the weighted geometric mean then weakens without ruling out.
     */
    private static double combine(PartnerWeights weights, double commonGround, double proximity, double weightedLinks) {
        double total = weights.feasibilityPartsTotal();
        double linkWeight = weights.links();
        double links = linkWeight > 0 ? (1 + LINK_LIFT * weightedLinks / linkWeight) / (1 + LINK_LIFT) : 1;
        return power(commonGround, weights.commonGround() / total) * power(proximity, weights.proximity() / total)
                * power(links, linkWeight / total);
    }

    private static double power(double base, double exponent) {
        return exponent == 0 ? 1 : Math.pow(base, exponent);
    }

    private static double similarity(PartnerIndex index, String country, List<String> chosenCountries) {
        double similarity = 0;
        for (String other : chosenCountries) {
            similarity = Math.max(similarity, index.regions().proximity(country, other));
        }
        return similarity;
    }

    private static PartnerRecommendation explain(PartnerIndex index, HomeContext home, PartnerQuery query, int c,
            int rank, double score, double relevance, double diversity) {
        Unit unit = index.candidate(c);
        double strength = strength(index, home, c);
        double complementarity = complementarity(index, home, c);
        FeasibilityParts feasibility = feasibility(index, home, query, c);
        Factors factors = new Factors(strength, complementarity, weighted(feasibility, query.weights()), diversity,
                feasibility);
        List<FieldStrength> fields = new ArrayList<>();
        for (int t = 0; t < home.targetCount(); t++) {
            int f = home.target(t);
            if (index.strength(c, f) > 0) {
                fields.add(new FieldStrength(index.fieldIds().get(f), index.p(c, f), index.mncs(c, f),
                        index.shrunkMncs(c, f), index.ppTop10(c, f), index.shrunkPpTop10(c, f), index.strength(c, f)));
            }
        }
        fields.sort(Comparator.comparingDouble(FieldStrength::strength).reversed().thenComparing(FieldStrength::fieldId));
        List<FieldStrength> shown = fields.subList(0, Math.min(MAX_FIELDS_SHOWN, fields.size()));
        List<ExampleWork> examples = new ArrayList<>();
        for (FieldStrength field : shown) {
            examples.addAll(index.landscape().examples(UnitType.INSTITUTION, unit.id(), index.level(), field.fieldId(),
                    index.period(), MAX_EXAMPLES));
        }
        examples.sort(Comparator.comparingDouble(ExampleWork::ncs).reversed().thenComparing(ExampleWork::workId));
        List<ExampleWork> shownExamples = examples.subList(0, Math.min(MAX_EXAMPLES, examples.size()));
        List<String> arguments = reasonArguments(factors, shown);
        String pattern = shown.isEmpty() ? REASON_WITHOUT_OUTPUT : REASON;
        return new PartnerRecommendation(rank, unit, score, relevance, factors, shown, shownExamples,
                MessageFormat.format(pattern, arguments.toArray()), shown.isEmpty() ? "partners.reason.noOutput"
                        : "partners.reason.best", arguments);
    }

    /** The reasons' English text (MessageFormat); the application's bundles hold the same codes in each language. */
    private static final String REASON = "strength {0} in the targets (best in {1}: strength {2}, p {3}, MNCS {4} "
            + "(shrunk {5}), pp_top10 {6}% (shrunk {7}%)); complementarity {8}; feasibility {9} (common ground {10}, {11} "
            + "co-publications, {12} shared partners, proximity {13}, {14} agreements, {15} mobilities, openness {16}%); "
            + "diversity {17}";
    private static final String REASON_WITHOUT_OUTPUT = "strength {0} in the targets (no output in the target fields); "
            + "complementarity {1}; feasibility {2} (common ground {3}, {4} co-publications, {5} shared partners, "
            + "proximity {6}, {7} agreements, {8} mobilities, openness {9}%); diversity {10}";

    private static List<String> reasonArguments(Factors factors, List<FieldStrength> fields) {
        FeasibilityParts parts = factors.feasibilityParts();
        List<String> arguments = new ArrayList<>();
        arguments.add(fixed(factors.strength(), 2));
        if (!fields.isEmpty()) {
            FieldStrength best = fields.get(0);
            arguments.addAll(List.of(best.fieldId(), fixed(best.strength(), 2), fixed(best.p(), 1),
                    fixed(best.mncs(), 2), fixed(best.shrunkMncs(), 2), fixed(100 * best.ppTop10(), 1),
                    fixed(100 * best.shrunkPpTop10(), 1)));
        }
        arguments.addAll(List.of(fixed(factors.complementarity(), 2), fixed(factors.feasibility(), 2),
                fixed(parts.commonGround(), 2), fixed(parts.coPublicationWorks(), 0),
                String.valueOf(parts.sharedPartnerCount()), fixed(parts.proximity(), 2),
                String.valueOf(parts.agreementCount()), String.valueOf(parts.mobilityCount()),
                fixed(100 * parts.openness(), 0), fixed(factors.diversity(), 2)));
        return arguments;
    }
}
