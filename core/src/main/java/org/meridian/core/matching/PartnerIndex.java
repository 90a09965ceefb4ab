package org.meridian.core.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.landscape.YearRange;

/**
 * Every candidate institution's output and strength per field of one level over a period, precomputed once
 * so that a partner search for any home only scores. Immutable; safe to query from many threads.
 * <p>
 * Strength of candidate c in field f, in [0, 1]: √(volume × impact), with volume = ln(1 + p) / ln(1 + max p in
 * f over candidates) and impact = ½·r_m/(1 + r_m) + ½·r_t/(1 + r_t), where r_m is the shrunk MNCS over the
 * world's MNCS in f and r_t the shrunk pp_top10 over the world's (see {@link ShrinkagePrior}); world-average
 * impact gives 0.5. Co-publications are counted over the landscape's years up to the period's end. Each
 * candidate's output is also kept per field of the {@link #groundLevel() ground level}, where common ground is
 * measured ({@link HomeContext}).
 * <p>
 * Affinity of two countries a and b: how much more often their institutions have co-published than their
 * output predicts, shrunk towards the rate of their class of {@link Regions} proximity (same country, same
 * sub-region, same region, elsewhere): (o + K·r) / (e + K), where o is the co-publications between candidates
 * of a and b, e = all co-publications × p_a × p_b / p², r the class's own (o + K·m) / (e + K) with m the
 * class's fixed proximity (at least 0.05), and K = {@value #AFFINITY_PRIOR_TIES} expected co-publications.
 * With no co-publications at all it falls back to the fixed proximity; with many it follows the data (two
 * distant countries that work together a lot are close).
 */
public final class PartnerIndex {

    private final Landscape landscape;
    private final FieldLevel level;
    private final YearRange period;
    private final YearRange history;
    private final PartnerIndexSettings settings;
    private final List<Unit> candidates;
    private final Map<String, Integer> candidateIndex = new HashMap<>();
    private final List<String> fieldIds;
    private final FieldOutputs world;
    private final int fields;
    private final float[] p;
    private final float[] tncs;
    private final float[] pTop10;
    private final float[] strength;
    private final int count;
    private final int[][] activeCandidates;
    private final float[][] activeStrength;
    private final float[][] activeShare;
    private final float[] strengthTotals;
    private final FieldLevel groundLevel;
    private final int[] groundOf;
    private final int groundFields;
    private final int[][] groundCandidates;
    private final float[][] groundOutput;
    private final double[] totalP;
    private final double[] pIntCollab;
    private final ShrinkagePrior[] mncsPriors;
    private final ShrinkagePrior[] topTenPriors;
    private final Map<String, Neighbourhood> neighbourhoods = new HashMap<>();
    private final double[] worldGroundShare;
    private final double[] tieTotals;
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private final int[] countryOf;
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final int[] typeOf;
    private final double[][] affinity;

    /** K of the affinity's shrinkage: a country pair's own rate counts from this many expected co-publications. */
    static final double AFFINITY_PRIOR_TIES = 5;
    /** The fixed proximity of each class: same country, same sub-region, same region, elsewhere (floored). */
    private static final double[] FIXED_PROXIMITY = { 1, Regions.SAME_SUBREGION, Regions.SAME_REGION, 0.05 };

    private PartnerIndex(Landscape landscape, FieldLevel level, YearRange period, PartnerIndexSettings settings) {
        this.landscape = landscape;
        this.level = level;
        this.period = period;
        this.history = new YearRange(Math.min(period.from(), landscape.years().map(YearRange::from).orElse(period.from())),
                period.to());
        this.settings = settings;
        this.fieldIds = landscape.taxonomy().ids(level);
        this.fields = fieldIds.size();
        this.world = landscape.world(level, period);
        List<Unit> found = new ArrayList<>();
        List<FieldOutputs> outputs = new ArrayList<>();
        for (Unit institution : landscape.units(UnitType.INSTITUTION)) {
            FieldOutputs output = landscape.outputs(UnitType.INSTITUTION, List.of(institution.id()), level, period);
            double total = output.total().p();
            if (total > 0 && total >= settings.minCandidateOutput()) {
                candidateIndex.put(institution.id(), found.size());
                found.add(institution);
                outputs.add(output);
            }
        }
        this.candidates = List.copyOf(found);
        count = candidates.size();
        p = new float[count * fields];
        tncs = new float[count * fields];
        pTop10 = new float[count * fields];
        strength = new float[count * fields];
        totalP = new double[count];
        pIntCollab = new double[count];
        for (int c = 0; c < count; c++) {
            for (int f = 0; f < fields; f++) {
                Output output = outputs.get(c).get(f);
                p[f * count + c] = (float) output.p();
                tncs[f * count + c] = (float) output.tncs();
                pTop10[f * count + c] = (float) output.pTop10();
                totalP[c] += output.p();
                pIntCollab[c] += output.pIntCollab();
            }
        }
        mncsPriors = new ShrinkagePrior[fields];
        topTenPriors = new ShrinkagePrior[fields];
        estimatePriors();
        computeStrength();
        activeCandidates = new int[fields][];
        activeStrength = new float[fields][];
        activeShare = new float[fields][];
        strengthTotals = new float[count];
        for (int f = 0; f < fields; f++) {
            for (int c = 0; c < count; c++) {
                strengthTotals[c] += strength[f * count + c];
            }
        }
        for (int f = 0; f < fields; f++) {
            int field = f;
            int[] active = java.util.stream.IntStream.range(0, count).filter(c -> p[field * count + c] > 0).toArray();
            activeCandidates[f] = active;
            activeStrength[f] = new float[active.length];
            activeShare[f] = new float[active.length];
            for (int a = 0; a < active.length; a++) {
                activeStrength[f][a] = strength[f * count + active[a]];
                activeShare[f][a] = (float) (p[f * count + active[a]] / totalP[active[a]]);
            }
        }
        groundLevel = level.isFinerThan(FieldLevel.FIELD) ? FieldLevel.FIELD : level;
        groundFields = landscape.taxonomy().size(groundLevel);
        groundOf = new int[fields];
        for (int f = 0; f < fields; f++) {
            groundOf[f] = landscape.taxonomy().ancestorIndex(level, f, groundLevel);
        }
        groundCandidates = new int[groundFields][];
        groundOutput = new float[groundFields][];
        indexGroundOutput();
        worldGroundShare = new double[groundFields];
        double worldP = 0;
        for (int f = 0; f < fields; f++) {
            worldGroundShare[groundOf[f]] += world.p(f);
            worldP += world.p(f);
        }
        for (int g = 0; g < groundFields && worldP > 0; g++) {
            worldGroundShare[g] /= worldP;
        }
        countryOf = new int[count];
        typeOf = new int[count];
        for (int c = 0; c < count; c++) {
            String country = candidates.get(c).countryCode();
            countryOf[c] = countryIndex.computeIfAbsent(country == null ? "" : country, k -> countryIndex.size());
            String type = candidates.get(c).institutionType();
            typeOf[c] = typeIndex.computeIfAbsent(type == null ? "" : type, k -> typeIndex.size());
        }
        tieTotals = new double[count];
        int countries = countryIndex.size();
        double[][] observed = new double[countries][countries];
        for (Unit institution : landscape.units(UnitType.INSTITUTION)) {
            Map<String, Double> ties = landscape.ties(UnitType.INSTITUTION, List.of(institution.id()),
                    UnitType.INSTITUTION, history);
            Neighbourhood neighbourhood = Neighbourhood.of(ties, candidateIndex);
            neighbourhoods.put(institution.id(), neighbourhood);
            int from = candidateIndex.getOrDefault(institution.id(), -1);
            if (from >= 0) {
                tieTotals[from] = neighbourhood.total();
                ties.forEach((partner, works) -> {
                    int to = candidateIndex.getOrDefault(partner, -1);
                    if (to >= 0) {
                        observed[countryOf[from]][countryOf[to]] += works;
                    }
                });
            }
        }
        affinity = affinities(observed);
    }

    private void indexGroundOutput() {
        float[][] byGround = new float[groundFields][count];
        for (int f = 0; f < fields; f++) {
            for (int c : activeCandidates[f]) {
                byGround[groundOf[f]][c] += p[f * count + c];
            }
        }
        for (int g = 0; g < groundFields; g++) {
            float[] output = byGround[g];
            int[] active = java.util.stream.IntStream.range(0, count).filter(c -> output[c] > 0).toArray();
            groundCandidates[g] = active;
            groundOutput[g] = new float[active.length];
            for (int a = 0; a < active.length; a++) {
                groundOutput[g][a] = output[active[a]];
            }
        }
    }

    private double[][] affinities(double[][] observed) {
        int countries = observed.length;
        String[] codes = new String[countries];
        countryIndex.forEach((code, i) -> codes[i] = code);
        double[] countryP = new double[countries];
        double allP = 0;
        for (int c = 0; c < count; c++) {
            countryP[countryOf[c]] += totalP[c];
            allP += totalP[c];
        }
        double allTies = 0;
        for (double[] row : observed) {
            allTies += java.util.Arrays.stream(row).sum();
        }
        double[][] expected = new double[countries][countries];
        double[] classObserved = new double[4];
        double[] classExpected = new double[4];
        int[][] classOf = new int[countries][countries];
        for (int a = 0; a < countries; a++) {
            for (int b = 0; b < countries; b++) {
                expected[a][b] = allP > 0 ? allTies * countryP[a] * countryP[b] / (allP * allP) : 0;
                classOf[a][b] = proximityClass(codes[a], codes[b]);
                classObserved[classOf[a][b]] += observed[a][b];
                classExpected[classOf[a][b]] += expected[a][b];
            }
        }
        double[] classRate = new double[4];
        for (int k = 0; k < 4; k++) {
            classRate[k] = (classObserved[k] + AFFINITY_PRIOR_TIES * FIXED_PROXIMITY[k])
                    / (classExpected[k] + AFFINITY_PRIOR_TIES);
        }
        double[][] rates = new double[countries][countries];
        for (int a = 0; a < countries; a++) {
            for (int b = 0; b < countries; b++) {
                rates[a][b] = (observed[a][b] + AFFINITY_PRIOR_TIES * classRate[classOf[a][b]])
                        / (expected[a][b] + AFFINITY_PRIOR_TIES);
            }
        }
        return rates;
    }

    private int proximityClass(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 3;
        }
        double proximity = settings.regions().proximity(a, b);
        return proximity >= 1 ? 0 : proximity >= Regions.SAME_SUBREGION ? 1 : proximity >= Regions.SAME_REGION ? 2 : 3;
    }

    public static PartnerIndex build(Landscape landscape, FieldLevel level, YearRange period,
            PartnerIndexSettings settings) {
        return new PartnerIndex(landscape, level, period, settings);
    }

    private void estimatePriors() {
        double[] columnP = new double[count];
        double[] columnSum = new double[count];
        for (int f = 0; f < fields; f++) {
            Output worldField = world.get(f);
            double worldMncs = worldField.p() > 0 ? worldField.mncs() : 1;
            double worldTop = worldField.p() > 0 ? worldField.ppTop10() : 0.1;
            if (!Double.isNaN(settings.fixedPriorWorks())) {
                mncsPriors[f] = ShrinkagePrior.fixed(worldMncs, settings.fixedPriorWorks());
                topTenPriors[f] = ShrinkagePrior.fixed(worldTop, settings.fixedPriorWorks());
                continue;
            }
            double ncsVariance = worldField.p() > 0 ? worldField.tncsSquared() / worldField.p() - worldMncs * worldMncs : 0;
            for (int c = 0; c < count; c++) {
                columnP[c] = p[f * count + c];
                columnSum[c] = tncs[f * count + c];
            }
            mncsPriors[f] = ShrinkagePrior.estimate(worldMncs, ncsVariance, columnP, columnSum, count);
            for (int c = 0; c < count; c++) {
                columnSum[c] = pTop10[f * count + c];
            }
            topTenPriors[f] = ShrinkagePrior.estimate(worldTop, worldTop * (1 - worldTop), columnP, columnSum, count);
        }
    }

    private void computeStrength() {
        for (int f = 0; f < fields; f++) {
            double maxP = 0;
            for (int c = 0; c < count; c++) {
                maxP = Math.max(maxP, p[f * count + c]);
            }
            double worldMncs = mncsPriors[f].worldMean() > 0 ? mncsPriors[f].worldMean() : 1;
            double worldTop = topTenPriors[f].worldMean() > 0 ? topTenPriors[f].worldMean() : 0.1;
            for (int c = 0; c < count; c++) {
                double output = p[f * count + c];
                if (output <= 0) {
                    continue;
                }
                double relativeMncs = shrunkMncs(c, f) / worldMncs;
                double relativeTop = shrunkPpTop10(c, f) / worldTop;
                double impact = 0.5 * relativeMncs / (1 + relativeMncs) + 0.5 * relativeTop / (1 + relativeTop);
                double volume = Math.log1p(output) / Math.log1p(maxP);
                strength[f * count + c] = (float) Math.sqrt(volume * impact);
            }
        }
    }

    public Landscape landscape() {
        return landscape;
    }

    public FieldLevel level() {
        return level;
    }

    public YearRange period() {
        return period;
    }

    /** The years whose co-publications count as existing ties: the landscape's first year to the period's end. */
    public YearRange history() {
        return history;
    }

    public Regions regions() {
        return settings.regions();
    }

    public int candidateCount() {
        return candidates.size();
    }

    public Unit candidate(int c) {
        return candidates.get(c);
    }

    /** Marks the candidates whose country is one of {@code codes}: one array walk, no lookup per candidate. */
    void markInCountries(java.util.Collection<String> codes, boolean[] marks) {
        markByClass(countryIndex, countryOf, codes, marks);
    }

    /** Marks the candidates whose institution type is one of {@code types}. */
    void markOfTypes(java.util.Collection<String> types, boolean[] marks) {
        markByClass(typeIndex, typeOf, types, marks);
    }

    private void markByClass(Map<String, Integer> classes, int[] classOf, java.util.Collection<String> wanted,
            boolean[] marks) {
        boolean[] chosen = new boolean[classes.size()];
        for (String value : wanted) {
            Integer i = classes.get(value);
            if (i != null) {
                chosen[i] = true;
            }
        }
        for (int c = 0; c < count; c++) {
            if (chosen[classOf[c]]) {
                marks[c] = true;
            }
        }
    }

    /** The candidate index of an institution, or -1 when it is not a candidate. */
    public int candidateIndex(String institutionId) {
        return candidateIndex.getOrDefault(institutionId, -1);
    }

    public List<String> fieldIds() {
        return fieldIds;
    }

    public int fieldCount() {
        return fields;
    }

    public int fieldIndex(String fieldId) {
        return landscape.taxonomy().indexOf(level, fieldId);
    }

    /** The world's output per field over the period. */
    public FieldOutputs world() {
        return world;
    }

    public double p(int c, int f) {
        return p[f * count + c];
    }

    public double totalP(int c) {
        return totalP[c];
    }

    public double ppIntCollab(int c) {
        return totalP[c] > 0 ? pIntCollab[c] / totalP[c] : 0;
    }

    public double mncs(int c, int f) {
        return p[f * count + c] > 0 ? tncs[f * count + c] / p[f * count + c] : 0;
    }

    public double ppTop10(int c, int f) {
        return p[f * count + c] > 0 ? pTop10[f * count + c] / p[f * count + c] : 0;
    }

    public double shrunkMncs(int c, int f) {
        return mncsPriors[f].shrink(tncs[f * count + c], p[f * count + c]);
    }

    public double shrunkPpTop10(int c, int f) {
        return topTenPriors[f].shrink(pTop10[f * count + c], p[f * count + c]);
    }

    public ShrinkagePrior mncsPrior(int f) {
        return mncsPriors[f];
    }

    public ShrinkagePrior topTenPrior(int f) {
        return topTenPriors[f];
    }

    /** Strength in [0, 1] of candidate c in field f (see the class comment). */
    public double strength(int c, int f) {
        return strength[f * count + c];
    }

    /** Adds sign × every candidate's strength in field f to {@code sums} (only candidates with output in f). */
    void addStrength(int f, float[] sums, int sign) {
        int[] active = activeCandidates[f];
        float[] values = activeStrength[f];
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += sign * values[a];
        }
    }

    /** A fresh copy of every candidate's strength summed over all fields. */
    float[] strengthTotals() {
        return strengthTotals.clone();
    }

    /** Adds {@code weight} × every candidate's share of its output in field f to {@code sums}. */
    void addShare(int f, float weight, float[] sums) {
        int[] active = activeCandidates[f];
        float[] values = activeShare[f];
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += weight * values[a];
        }
    }

    /** The level at which common ground is measured: {@link FieldLevel#FIELD}, or the index's level when coarser. */
    public FieldLevel groundLevel() {
        return groundLevel;
    }

    int groundFieldCount() {
        return groundFields;
    }

    /** The index at {@link #groundLevel()} of field f's ancestor. */
    int groundOf(int f) {
        return groundOf[f];
    }

    /** Adds {@code weight} × every candidate's fractional output in field g of {@link #groundLevel()} to {@code sums}. */
    void addGroundOutput(int g, double weight, double[] sums) {
        int[] active = groundCandidates[g];
        float[] values = groundOutput[g];
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += weight * values[a];
        }
    }

    /** Fills {@code into[c]} with max(into[c], the affinity of candidate c's country to {@code country}). */
    void raiseAffinity(String country, double[] into) {
        Integer from = countryIndex.get(country == null ? "" : country);
        double[] row = from == null ? null : affinity[from];
        for (int c = 0; c < count; c++) {
            double value = row != null ? row[countryOf[c]]
                    : FIXED_PROXIMITY[country == null ? 3 : proximityClass(country, codeOf(c))];
            into[c] = Math.max(into[c], value);
        }
    }

    private String codeOf(int c) {
        String code = candidates.get(c).countryCode();
        return code == null ? "" : code;
    }

    /** The affinity of two countries (see the class comment), or -1 when either has no candidate. */
    public double affinity(String countryA, String countryB) {
        Integer a = countryIndex.get(countryA);
        Integer b = countryIndex.get(countryB);
        return a == null || b == null ? -1 : affinity[a][b];
    }

    /** An institution's co-publications over {@link #history()}: with each candidate, and in all. */
    Neighbourhood neighbourhood(String institutionId) {
        return neighbourhoods.getOrDefault(institutionId, Neighbourhood.NONE);
    }

    /** The works candidate c has shared with any institution over {@link #history()}. */
    double tieTotal(int c) {
        return tieTotals[c];
    }

    /** The world's share of its output in a field of the ground level (0 when the world has no output). */
    double worldGroundShare(int g) {
        return worldGroundShare[g];
    }

    /**
     * The candidates an institution has co-published with and the works shared with each ({@code works[i]} with
     * {@code candidates[i]}); {@code total} counts the works shared with every institution, candidate or not.
     */
    record Neighbourhood(int[] candidates, float[] works, double total) {

        static final Neighbourhood NONE = new Neighbourhood(new int[0], new float[0], 0);

        static Neighbourhood of(Map<String, Double> ties, Map<String, Integer> candidateIndex) {
            int[] found = new int[ties.size()];
            float[] works = new float[ties.size()];
            int n = 0;
            double total = 0;
            for (Map.Entry<String, Double> tie : ties.entrySet()) {
                total += tie.getValue();
                Integer c = candidateIndex.get(tie.getKey());
                if (c != null) {
                    found[n] = c;
                    works[n++] = tie.getValue().floatValue();
                }
            }
            return new Neighbourhood(java.util.Arrays.copyOf(found, n), java.util.Arrays.copyOf(works, n), total);
        }
    }
}
