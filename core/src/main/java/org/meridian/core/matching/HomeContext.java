package org.meridian.core.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.UnitType;

/**
 * The home's side of a partner search, worked out once per query: its need per field, the target fields, its
 * co-publications and shared partners with each candidate, and which candidates may be recommended.
 * <p>
 * Need in field f = max(0, 1 − activity index of the home in f): 1 where it is absent, 0 where it publishes at
 * least the world's share.
 * <p>
 * Shared partners of candidate c = the home's co-publishing partners that have also co-published with c (the
 * count, shown as evidence). Partner paths of c = Σ_p (w_hp / W_h)·(w_pc / W_p) + (w_cp / W_c)·(w_ph / W_p) over
 * those shared partners p, where w_xy is the works x and y share and W_x all the works x shares with others: the
 * chance that a walk of two steps along co-publications, each step in proportion to the works shared, leads
 * from the home through a partner to c, plus the chance that one leads from c to the home. A partner's
 * partner is where institutions look for new partners (and a third institution that works with both brings
 * them onto one team), and a strong tie on both steps makes the introduction likelier than a passing one; in
 * the backtest the paths find more new partners than the count. Over the highest among candidates.
 * <p>
 * Common ground of c = Σ_g (home's activity index in g) × (c's fractional output in g) over the fields g of the
 * index's {@link PartnerIndex#groundLevel() ground level} (the OpenAlex field of each subfield), over the
 * highest among candidates, where the activity index is the home's share of its output in g over the world's
 * share: a partner active where the home itself works, where joint work can start, and most where the home is
 * specialised. It is the gravity model's pull, output × output over the field's size — two institutions of a
 * small field meet more readily than two of a large one — and in the backtest it finds more new partners than
 * the plain shares. It is measured a level above the subfields because collaborators meet in a field (an
 * artificial intelligence group and a computer vision group) more than in one subfield; in the backtest this too
 * finds more new partners than the same sum over subfields. The target fields count equally when the home has
 * no output; strength covers the targets.
 * <p>
 * Proximity of c = the highest {@link PartnerIndex#affinity} of c's country to one of the home's countries, over
 * the highest among candidates. Home members are never candidates (for a country home: institutions in its
 * countries).
 */
public final class HomeContext {

    private final double[] need;
    private final int[] neededFields;
    private final int[] activeFields;
    private final int[] targets;
    private final double[] coPublications;
    private final int[] sharedPartners;
    private final double[] partnerPaths;
    private final boolean[] eligible;
    private final double[] proximity;
    private final double[] commonGround;
    private final Set<String> countries = new HashSet<>();
    private final String[] countryCodes;

    private HomeContext(PartnerIndex index, PartnerQuery query) {
        Home home = query.home();
        Landscape landscape = index.landscape();
        int fields = index.fieldCount();
        FieldOutputs homeOutput = landscape.outputs(home, index.level(), index.period());
        double homeTotal = homeOutput.total().p();
        double worldTotal = index.world().total().p();
        need = new double[fields];
        for (int f = 0; f < fields; f++) {
            double worldShare = index.world().p(f) / worldTotal;
            double activityIndex = homeTotal > 0 && worldShare > 0 ? (homeOutput.p(f) / homeTotal) / worldShare : 0;
            need[f] = Math.max(0, 1 - activityIndex);
        }
        neededFields = IntStream.range(0, fields).filter(f -> need[f] > 0).toArray();
        activeFields = IntStream.range(0, fields).filter(f -> need[f] < 1).toArray();
        int[] chosen = query.targetFieldIds().stream().mapToInt(index::fieldIndex).filter(f -> f >= 0).toArray();
        targets = chosen.length > 0 ? chosen
                : IntStream.range(0, fields).filter(f -> need[f] > 0 && index.world().p(f) > 0).toArray();

        if (home.memberType() == UnitType.COUNTRY) {
            countries.addAll(home.memberIds());
        } else {
            home.memberIds().forEach(id -> landscape.unit(UnitType.INSTITUTION, id)
                    .map(unit -> unit.countryCode()).ifPresent(countries::add));
        }
        countryCodes = countries.toArray(String[]::new);
        int count = index.candidateCount();
        coPublications = new double[count];
        sharedPartners = new int[count];
        partnerPaths = new double[count];
        Map<String, Double> ties = landscape.ties(home.memberType(), home.memberIds(), UnitType.INSTITUTION,
                index.history());
        ties.keySet().removeIf(partner -> home.includes(UnitType.INSTITUTION, partner));
        double homeTies = ties.values().stream().mapToDouble(Double::doubleValue).sum();
        ties.forEach((partner, works) -> {
            int c = index.candidateIndex(partner);
            if (c >= 0) {
                coPublications[c] += works;
            }
            PartnerIndex.Neighbourhood theirs = index.neighbourhood(partner);
            int[] neighbours = theirs.candidates();
            float[] shared = theirs.works();
            for (int i = 0; i < neighbours.length; i++) {
                int neighbour = neighbours[i];
                sharedPartners[neighbour]++;
                // a step from the home to the partner and on to the neighbour, and one from the neighbour to the
                // partner and on to the home, each step in proportion to the works shared
                double outward = works / homeTies * shared[i] / theirs.total();
                double inward = index.tieTotal(neighbour) > 0 ? shared[i] / index.tieTotal(neighbour) * works / theirs.total() : 0;
                partnerPaths[neighbour] += outward + inward;
            }
        });
        boolean[] members = members(index, home);
        scaleToMax(partnerPaths, members);
        proximity = new double[count];
        for (String country : countryCodes) {
            index.raiseAffinity(country, proximity);
        }
        scaleToMax(proximity, null);
        double[] homeShares = new double[index.groundFieldCount()];
        for (int f = 0; f < fields; f++) {
            if (homeTotal > 0) {
                homeShares[index.groundOf(f)] += homeOutput.p(f) / homeTotal;
            }
        }
        if (homeTotal <= 0) {
            for (int f : targets) {
                homeShares[index.groundOf(f)] += 1.0 / targets.length;
            }
        }
        commonGround = new double[count];
        for (int g = 0; g < homeShares.length; g++) {
            if (homeShares[g] > 0 && index.worldGroundShare(g) > 0) {
                index.addGroundOutput(g, homeShares[g] / index.worldGroundShare(g), commonGround);
            }
        }
        scaleToMax(commonGround, null);
        eligible = eligibleCandidates(index, query, members);
    }

    /**
     * Which candidates may be recommended: not the home's members (for a country home: no institution in its
     * countries), admitted by the query's filter, and not a current partner when the filter leaves those out.
     * Worked out with marks over the candidates' country and type classes rather than by looking at each one.
     */
    private boolean[] eligibleCandidates(PartnerIndex index, PartnerQuery query, boolean[] members) {
        int count = index.candidateCount();
        CandidateFilter filter = query.filter();
        boolean[] excluded = members.clone();
        markCandidates(index, filter.excludedIds(), excluded);
        if (filter.excludeCurrentPartners()) {
            markCandidates(index, query.registry().partnerIds(), excluded);
            for (int c = 0; c < count; c++) {
                excluded[c] |= coPublications[c] > 0;
            }
        }
        boolean[] inCountries = null;
        if (!filter.countries().isEmpty()) {
            inCountries = new boolean[count];
            index.markInCountries(filter.countries(), inCountries);
        }
        boolean[] ofTypes = null;
        if (!filter.institutionTypes().isEmpty()) {
            ofTypes = new boolean[count];
            index.markOfTypes(filter.institutionTypes(), ofTypes);
        }
        boolean[] admitted = new boolean[count];
        for (int c = 0; c < count; c++) {
            admitted[c] = !excluded[c] && (inCountries == null || inCountries[c]) && (ofTypes == null || ofTypes[c]);
        }
        return admitted;
    }

    /** The candidates that are the home's members (for a country home: institutions in its countries). */
    private static boolean[] members(PartnerIndex index, Home home) {
        boolean[] members = new boolean[index.candidateCount()];
        if (home.memberType() == UnitType.INSTITUTION) {
            markCandidates(index, home.memberIds(), members);
        } else {
            index.markInCountries(home.memberIds(), members);
        }
        return members;
    }

    /** Marks the candidates among {@code ids}: one lookup per id rather than one set probe per candidate. */
    private static void markCandidates(PartnerIndex index, java.util.Collection<String> ids, boolean[] marks) {
        for (String id : ids) {
            int c = index.candidateIndex(id);
            if (c >= 0) {
                marks[c] = true;
            }
        }
    }

    /**
     * Divides every value by the highest among the candidates that are not the home's members (every candidate
     * when {@code members} is null); a member above it gets 1.
     */
    private static void scaleToMax(double[] values, boolean[] members) {
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            if (members == null || !members[i]) {
                max = Math.max(max, values[i]);
            }
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.min(1, values[i] / max);
            }
        }
    }

    public static HomeContext of(PartnerIndex index, PartnerQuery query) {
        return new HomeContext(index, query);
    }

    public boolean eligible(int c) {
        return eligible[c];
    }

    /** Indexes of the target fields at the index's level. */
    public int[] targets() {
        return targets.clone();
    }

    int target(int t) {
        return targets[t];
    }

    int targetCount() {
        return targets.length;
    }

    public double need(int f) {
        return need[f];
    }

    /** Fields where the home's need is below 1: where it publishes. */
    int[] activeFields() {
        return activeFields;
    }

    /** Fields where the home's need is above 0. */
    int[] neededFields() {
        return neededFields;
    }

    public double coPublications(int c) {
        return coPublications[c];
    }

    public int sharedPartners(int c) {
        return sharedPartners[c];
    }

    /** The paths through shared partners between the home and the candidate, over the highest (see the class comment). */
    public double partnerPaths(int c) {
        return partnerPaths[c];
    }

    /** The candidate's country affinity to the home's countries, over the highest among candidates. */
    public double proximity(int c) {
        return proximity[c];
    }

    /** The candidate's output in the home's fields, over the highest among candidates (see the class comment). */
    public double commonGround(int c) {
        return commonGround[c];
    }

    /** The home's countries: a country home's members, an institution home's institutions' countries. */
    public Set<String> countries() {
        return Set.copyOf(countries);
    }
}
