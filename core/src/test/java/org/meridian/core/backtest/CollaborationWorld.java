package org.meridian.core.backtest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.meridian.core.matching.Regions;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

/**
 * A seeded generator of OpenAlex-shaped works whose collaborations follow a stated model, for backtests.
 * <p>
 * <b>World.</b> 4 regions × 2 sub-regions × 3 countries; 5 fields × 4 subfields × 2 topics. Each institution
 * has a country (uniform), a size (Pareto, α = 1.3, capped at 40), an openness o ∈ [0.15, 0.7], a quality
 * (log-normal, σ = 0.5) and a field profile: three specialties weighing 6, 3 and 1.5 over a floor of 0.1 in every
 * subfield (the first specialty in its region's favoured field half the time), normalised to sum 1.
 * <p>
 * <b>Output.</b> Each year an institution leads Poisson(rate × size × 1.05^t) works, each in a subfield drawn
 * from its profile. A work is a collaboration with probability o; its partner j is drawn with weight
 * √size_j × (0.05 + proximity) × (0.1 + complementarity) × (1 + 2·min(earlier co-publications, 5))
 * × (1 + 1.5·min(shared partners, 5)), where proximity is 1 / 0.6 / 0.3 / 0 for the same country / sub-region
 * / region / elsewhere, complementarity = Σ_f profile_j(f) × max(0, 1 − profile_i(f) / world share(f)) (j is
 * active where i is not) and shared partners are institutions both have co-published with — all as of the start
 * of the year. Half of the collaborations move to a subfield of the partner's profile. 30% of works carry a
 * second topic from another subfield. Citations are log-normal around 4 × quality × age^0.7 (the partner's
 * quality adds for collaborations), so they are heavy-tailed. Authors come from per-institution pools.
 */
final class CollaborationWorld {

    static final int REGIONS = 4;
    static final int SUBREGIONS = 2;
    static final int COUNTRIES = 3;
    static final int FIELDS = 5;
    static final int SUBFIELDS_PER_FIELD = 4;

    record Settings(int institutions, int firstYear, int lastYear, double meanWorksPerYear, long seed) {
    }

    private final Settings settings;
    private final Random random;
    private final List<String> subfields = new ArrayList<>();
    private final String[] country;
    private final double[] size;
    private final double[] openness;
    private final double[] quality;
    private final double[][] profile;
    private final double[][] complementarity;
    private final double[][] proximity;
    private final int[][] ties;
    private final List<Work> works = new ArrayList<>();

    private CollaborationWorld(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        for (int f = 0; f < FIELDS; f++) {
            for (int s = 0; s < SUBFIELDS_PER_FIELD; s++) {
                subfields.add((11 + f) + "0" + (s + 1));
            }
        }
        int n = settings.institutions();
        country = new String[n];
        size = new double[n];
        openness = new double[n];
        quality = new double[n];
        profile = new double[n][];
        for (int i = 0; i < n; i++) {
            int region = random.nextInt(REGIONS);
            country[i] = countryCode(region, random.nextInt(SUBREGIONS), random.nextInt(COUNTRIES));
            size[i] = Math.min(40, Math.pow(1 - random.nextDouble(), -1 / 1.3));
            openness[i] = 0.15 + 0.55 * random.nextDouble();
            quality[i] = Math.exp(0.5 * random.nextGaussian());
            profile[i] = profile(region);
        }
        double[] worldShare = new double[subfields.size()];
        double totalSize = 0;
        for (int i = 0; i < n; i++) {
            totalSize += size[i];
            for (int f = 0; f < worldShare.length; f++) {
                worldShare[f] += size[i] * profile[i][f];
            }
        }
        complementarity = new double[n][n];
        proximity = new double[n][n];
        ties = new int[n][n];
        Regions regions = regions();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                proximity[i][j] = regions.proximity(country[i], country[j]);
                for (int f = 0; f < worldShare.length; f++) {
                    complementarity[i][j] += profile[j][f] * Math.max(0, 1 - profile[i][f] / (worldShare[f] / totalSize));
                }
            }
        }
    }

    static CollaborationWorld generate(Settings settings) {
        CollaborationWorld world = new CollaborationWorld(settings);
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            world.generateYear(year);
        }
        return world;
    }

    List<Work> works() {
        return works;
    }

    /** The generator's geography as {@link Regions}: sub-region "R{r}S{s}" in region "R{r}". */
    static Regions regions() {
        Map<String, String> subregionOfCountry = new HashMap<>();
        Map<String, String> regionOfSubregion = new HashMap<>();
        for (int r = 0; r < REGIONS; r++) {
            for (int s = 0; s < SUBREGIONS; s++) {
                regionOfSubregion.put("R" + r + "S" + s, "R" + r);
                for (int c = 0; c < COUNTRIES; c++) {
                    subregionOfCountry.put(countryCode(r, s, c), "R" + r + "S" + s);
                }
            }
        }
        return new Regions(subregionOfCountry, regionOfSubregion);
    }

    private static String countryCode(int region, int subregion, int country) {
        return "C" + region + subregion + country;
    }

    private double[] profile(int region) {
        double[] weights = new double[subfields.size()];
        java.util.Arrays.fill(weights, 0.1);
        double[] specialty = {6, 3, 1.5};
        for (double weight : specialty) {
            int f;
            do {
                f = weight == 6 && random.nextBoolean()
                        ? (region % FIELDS) * SUBFIELDS_PER_FIELD + random.nextInt(SUBFIELDS_PER_FIELD)
                        : random.nextInt(subfields.size());
            } while (weights[f] > 0.1);
            weights[f] += weight;
        }
        double sum = java.util.Arrays.stream(weights).sum();
        for (int f = 0; f < weights.length; f++) {
            weights[f] /= sum;
        }
        return weights;
    }

    private void generateYear(int year) {
        int n = settings.institutions();
        int[][] shared = sharedPartners(n);
        double meanSize = java.util.Arrays.stream(size).average().orElse(1);
        double growth = Math.pow(1.05, year - settings.firstYear());
        List<int[]> formed = new ArrayList<>();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            int count = poisson(settings.meanWorksPerYear() * size[i] / meanSize * growth);
            for (int w = 0; w < count; w++) {
                int field = draw(profile[i]);
                int partner = -1;
                if (random.nextDouble() < openness[i]) {
                    for (int j = 0; j < n; j++) {
                        if (j == i) {
                            weight[j] = 0;
                            continue;
                        }
                        weight[j] = Math.sqrt(size[j]) * (0.05 + proximity[i][j]) * (0.1 + complementarity[i][j])
                                * (1 + 2 * Math.min(ties[i][j], 5)) * (1 + 1.5 * Math.min(shared[i][j], 5));
                    }
                    partner = draw(weight);
                    formed.add(new int[] {i, partner});
                    if (random.nextBoolean()) {
                        field = draw(profile[partner]);
                    }
                }
                works.add(work(year, i, partner, field));
            }
        }
        for (int[] pair : formed) {
            ties[pair[0]][pair[1]]++;
            ties[pair[1]][pair[0]]++;
        }
    }

    private int[][] sharedPartners(int n) {
        BitSet[] neighbours = new BitSet[n];
        for (int i = 0; i < n; i++) {
            neighbours[i] = new BitSet(n);
            for (int j = 0; j < n; j++) {
                if (ties[i][j] > 0) {
                    neighbours[i].set(j);
                }
            }
        }
        int[][] shared = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                BitSet both = (BitSet) neighbours[i].clone();
                both.and(neighbours[j]);
                shared[i][j] = both.cardinality();
                shared[j][i] = shared[i][j];
            }
        }
        return shared;
    }

    private Work work(int year, int lead, int partner, int field) {
        List<Topic> topics = new ArrayList<>();
        topics.add(topic(field, random.nextInt(2)));
        if (random.nextDouble() < 0.3) {
            int other = draw(profile[partner >= 0 ? partner : lead]);
            if (other != field) {
                topics.add(topic(other, random.nextInt(2)));
            }
        }
        List<Authorship> authorships = new ArrayList<>();
        addAuthors(authorships, lead, 1 + random.nextInt(3));
        double meanCitations = 4 * quality[lead] * Math.pow(settings.lastYear() - year + 1, 0.7);
        if (partner >= 0) {
            addAuthors(authorships, partner, 1 + random.nextInt(2));
            meanCitations *= 1.2 * Math.sqrt(quality[partner]);
        }
        int citations = (int) Math.round(Math.exp(Math.log(meanCitations) - 0.5 + random.nextGaussian()));
        return new Work("W" + works.size(), year, "article", citations, topics.get(0), topics, authorships, List.of(),
                "2026-01-01");
    }

    private void addAuthors(List<Authorship> authorships, int institution, int count) {
        Affiliation affiliation = new Affiliation("I" + institution, null, country[institution],
                institution % 20 == 0 ? "facility" : "education", "Institution " + institution);
        int pool = 5 + (int) (3 * size[institution]);
        for (int a = 0; a < count; a++) {
            double u = random.nextDouble();
            String author = "A" + institution + "-" + (int) (pool * u * u);
            authorships.add(new Authorship(author, "Author " + author, List.of(affiliation), List.of(country[institution]),
                    authorships.isEmpty()));
        }
    }

    private Topic topic(int subfieldIndex, int variant) {
        String subfield = subfields.get(subfieldIndex);
        String field = subfield.substring(0, 2);
        return new Topic("T" + subfield + variant, "Topic " + subfield + "/" + variant, subfield, field, "D" + field, 0.9);
    }

    private int draw(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double u = random.nextDouble() * total;
        for (int k = 0; k < weights.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        int k = 0;
        double product = random.nextDouble();
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }
}
