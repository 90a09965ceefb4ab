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
 * impact gives 0.5. Co-publications are counted over the landscape's years up to the period's end.
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
    private final double[] totalP;
    private final double[] pIntCollab;
    private final ShrinkagePrior[] mncsPriors;
    private final ShrinkagePrior[] topTenPriors;
    private final Map<String, int[]> neighbours = new HashMap<>();
    private final String[] subregions;
    private final String[] regions;

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
        subregions = new String[count];
        regions = new String[count];
        for (int c = 0; c < count; c++) {
            subregions[c] = settings.regions().subregion(candidates.get(c).countryCode());
            regions[c] = settings.regions().region(candidates.get(c).countryCode());
        }
        mncsPriors = new ShrinkagePrior[fields];
        topTenPriors = new ShrinkagePrior[fields];
        estimatePriors();
        computeStrength();
        activeCandidates = new int[fields][];
        activeStrength = new float[fields][];
        activeShare = new float[fields][];
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
        for (Unit institution : landscape.units(UnitType.INSTITUTION)) {
            neighbours.put(institution.id(), landscape.ties(UnitType.INSTITUTION, List.of(institution.id()),
                    UnitType.INSTITUTION, history).keySet().stream()
                    .filter(candidateIndex::containsKey).mapToInt(candidateIndex::get).toArray());
        }
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

    /** Adds every candidate's strength in field f to {@code sums} (only candidates with output in f are visited). */
    void addStrength(int f, float[] sums) {
        int[] active = activeCandidates[f];
        float[] values = activeStrength[f];
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += values[a];
        }
    }

    /** Adds {@code weight} × every candidate's share of its output in field f to {@code sums}. */
    void addShare(int f, float weight, float[] sums) {
        int[] active = activeCandidates[f];
        float[] values = activeShare[f];
        for (int a = 0; a < active.length; a++) {
            sums[active[a]] += weight * values[a];
        }
    }

    /** Fills {@code into[c]} with max(into[c], proximity of candidate c to {@code country}). */
    void raiseProximity(String country, double[] into) {
        String subregion = settings.regions().subregion(country);
        String region = settings.regions().region(country);
        for (int c = 0; c < count; c++) {
            String candidateCountry = candidates.get(c).countryCode();
            double proximity = candidateCountry == null || country == null ? 0
                    : country.equals(candidateCountry) ? 1
                    : subregion != null && subregion.equals(subregions[c]) ? Regions.SAME_SUBREGION
                    : region != null && region.equals(regions[c]) ? Regions.SAME_REGION : 0;
            into[c] = Math.max(into[c], proximity);
        }
    }

    /** The candidates an institution has co-published with over {@link #history()}. */
    public int[] neighbours(String institutionId) {
        return neighbours.getOrDefault(institutionId, new int[0]);
    }
}
