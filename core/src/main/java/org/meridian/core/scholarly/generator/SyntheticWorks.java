package org.meridian.core.scholarly.generator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

/**
 * A deterministic stream of OpenAlex-shaped works with the skew of real bibliometric data. The model:
 * <ul>
 * <li>Institutions sit in regions and countries ({@link Geography}); their sizes are Pareto-distributed
 * (α = 1.2), their field profiles concentrate on two to four fields, with a regional bias.</li>
 * <li>A work's lead institution is drawn by size, its field from the lead's profile, its topic within that
 * field; publication years grow with the work's index, so references point back in time.</li>
 * <li>About half of the works are collaborations. Each partner is drawn from a dozen candidates, found where
 * institutions look for partners: 40% among the lead's earlier partners, 15% among the earlier partners of
 * one of them (a partner's partner), the rest by size among those active in the work's field (size ×
 * profile(field)), half of these in the lead's own region. The chosen one is drawn with weight
 * {@code profile(field) · (0.25 + complementarity) · proximity · (1 + earlier ties)}: partners active in the
 * work's field, with complementary profiles, nearby, and already tied are preferred. Ties are remembered
 * per institution as its last 32 partners.</li>
 * <li>Citations are log-normal around {@code 2 · age^0.9 · quality · field factor · team factor}, with 12%
 * uncited works and rare twentyfold outliers: a heavy tail.</li>
 * </ul>
 * Equal settings and seed give equal works, work by work.
 */
public final class SyntheticWorks implements Iterator<Work> {

    private static final long FIRST_WORK = 3_000_000_000L;
    private static final int RING = 32;
    private static final String[] TYPES = { "article", "review", "book-chapter", "preprint", "dataset", "dissertation",
            "book", "letter", "editorial", "other" };
    private static final double[] TYPE_SHARES = { 0.74, 0.05, 0.07, 0.05, 0.02, 0.02, 0.01, 0.02, 0.01, 0.01 };
    private static final String[] INSTITUTION_TYPES = { "education", "healthcare", "company", "facility",
            "government", "nonprofit" };
    private static final double[] INSTITUTION_TYPE_SHARES = { 0.62, 0.10, 0.08, 0.10, 0.05, 0.05 };

    private final GeneratorSettings settings;
    private final Random random;
    private final SyntheticTaxonomy taxonomy = new SyntheticTaxonomy();
    private final List<SyntheticInstitution> institutions = new ArrayList<>();
    private final AliasTable bySize;
    private final AliasTable[] byFieldActivity;
    private final AliasTable[][] byFieldActivityInRegion;
    private final int[][] regionMembers;
    private final AliasTable byType = new AliasTable(TYPE_SHARES);
    private final double[][] proximity;
    private final int[] regionOf;
    private final int[][] partners;
    private final int[] partnerCount;
    private final int[] authorPool;
    private long index;

    public SyntheticWorks(GeneratorSettings settings) {
        this(settings, new Random(settings.seed()));
    }

    public SyntheticWorks(GeneratorSettings settings, Random random) {
        this.settings = settings;
        this.random = random;
        int count = settings.institutions();
        regionOf = new int[count];
        partners = new int[count][RING];
        partnerCount = new int[count];
        authorPool = new int[count];
        double[] sizes = new double[count];
        createInstitutions(count, sizes);
        bySize = new AliasTable(sizes);
        int fields = SyntheticTaxonomy.fieldCount();
        int regions = Geography.REGIONS.size();
        byFieldActivity = new AliasTable[fields];
        byFieldActivityInRegion = new AliasTable[regions][fields];
        regionMembers = new int[regions][];
        for (int r = 0; r < regions; r++) {
            int region = r;
            regionMembers[r] = java.util.stream.IntStream.range(0, count).filter(i -> regionOf[i] == region).toArray();
        }
        for (int f = 0; f < fields; f++) {
            double[] activity = new double[count];
            for (int i = 0; i < count; i++) {
                activity[i] = sizes[i] * institutions.get(i).specialisation()[f];
            }
            byFieldActivity[f] = new AliasTable(activity);
            for (int r = 0; r < regions; r++) {
                double[] inRegion = new double[regionMembers[r].length];
                for (int m = 0; m < inRegion.length; m++) {
                    inRegion[m] = activity[regionMembers[r][m]];
                }
                byFieldActivityInRegion[r][f] = inRegion.length == 0 ? null : new AliasTable(inRegion);
            }
        }
        proximity = proximities();
        double totalSize = java.util.Arrays.stream(sizes).sum();
        for (int i = 0; i < count; i++) {
            authorPool[i] = (int) Math.max(2, Math.min(1_000_000, 1.5 * settings.works() * sizes[i] / totalSize));
        }
    }

    public List<SyntheticInstitution> institutions() {
        return List.copyOf(institutions);
    }

    public SyntheticTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The OpenAlex short id of the work at this zero-based position in the stream. */
    public static String workId(long index) {
        return "W" + (FIRST_WORK + index);
    }

    @Override
    public boolean hasNext() {
        return index < settings.works();
    }

    @Override
    public Work next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long i = index++;
        int lead = bySize.draw(random);
        int field = drawField(institutions.get(lead).specialisation());
        int[] team = team(lead, field);
        remember(team);
        int year = yearOf(i);
        String type = TYPES[byType.draw(random)];
        List<Topic> topics = topics(field);
        List<Authorship> authorships = authorships(team);
        int citations = citations(lead, field, year, team.length);
        boolean undated = random.nextDouble() < 0.003;
        return new Work(workId(i), undated ? 0 : year, type, citations, topics.isEmpty() ? null : topics.get(0), topics,
                authorships, references(i, type), null);
    }

    private void createInstitutions(int count, double[] sizes) {
        double[] regionShares = Geography.REGIONS.stream().mapToDouble(Geography.Region::share).toArray();
        AliasTable byRegion = new AliasTable(regionShares);
        AliasTable byInstitutionType = new AliasTable(INSTITUTION_TYPE_SHARES);
        int fields = SyntheticTaxonomy.fieldCount();
        for (int i = 0; i < count; i++) {
            int region = byRegion.draw(random);
            Geography.Region place = Geography.REGIONS.get(region);
            int countryIndex = (int) Math.floor(place.countries().size() * Math.pow(random.nextDouble(), 2));
            String country = place.countries().get(countryIndex);
            String type = INSTITUTION_TYPES[byInstitutionType.draw(random)];
            sizes[i] = Math.pow(1 - random.nextDouble(), -1 / 1.2);
            double quality = Math.exp(0.5 * random.nextGaussian()) * (1 + 0.1 * Math.log(sizes[i]));
            double[] profile = new double[fields];
            for (int f = 0; f < fields; f++) {
                profile[f] = 0.02 * (1 + ((f + region * 7) % 5 == 0 ? 1 : 0));
            }
            int strong = 2 + random.nextInt(3);
            for (int s = 0; s < strong; s++) {
                int f = (random.nextDouble() < 0.3 ? (region * 5 + s) : random.nextInt(fields)) % fields;
                profile[f] += 1.0 / (s + 1);
            }
            double total = java.util.Arrays.stream(profile).sum();
            for (int f = 0; f < fields; f++) {
                profile[f] /= total;
            }
            String id = "I" + (4_200_000_000L + i);
            String ror = "https://ror.org/0" + Long.toString(36L * 36 * 36 * 36 * 36 + i * 7919L, 36);
            String name = place.name().split(" ")[0] + " " + (type.equals("company") ? "Corporation " : "Institute ")
                    + country + "-" + i;
            regionOf[i] = region;
            institutions.add(new SyntheticInstitution(i, new Affiliation(id, ror, country, type, name), place.name(),
                    sizes[i], quality, profile));
        }
    }

    private double[][] proximities() {
        int regions = Geography.REGIONS.size();
        double[][] byRegion = new double[regions][regions];
        for (int a = 0; a < regions; a++) {
            for (int b = 0; b < regions; b++) {
                double km = Geography.distanceKm(Geography.REGIONS.get(a), Geography.REGIONS.get(b));
                byRegion[a][b] = 0.05 + 0.65 * Math.exp(-km / 3000);
            }
        }
        return byRegion;
    }

    private double proximity(int a, int b) {
        if (institutions.get(a).affiliation().countryCode().equals(institutions.get(b).affiliation().countryCode())) {
            return 1.0;
        }
        return proximity[regionOf[a]][regionOf[b]];
    }

    private int drawField(double[] profile) {
        double u = random.nextDouble();
        for (int f = 0; f < profile.length; f++) {
            u -= profile[f];
            if (u < 0) {
                return f;
            }
        }
        return profile.length - 1;
    }

    private int[] team(int lead, int field) {
        int size = random.nextDouble() < 0.48 ? 1 : Math.min(8, 2 + geometric(0.55));
        int[] team = new int[size];
        team[0] = lead;
        SyntheticInstitution leader = institutions.get(lead);
        int[] candidates = new int[12];
        double[] weights = new double[12];
        for (int member = 1; member < size; member++) {
            double total = 0;
            for (int c = 0; c < candidates.length; c++) {
                int candidate = candidate(lead, field);
                candidates[c] = candidate;
                double weight = 0;
                if (!contains(team, member, candidate)) {
                    SyntheticInstitution other = institutions.get(candidate);
                    weight = other.specialisation()[field] * (0.25 + leader.complementarity(other))
                            * proximity(lead, candidate) * (1 + ties(lead, candidate));
                }
                weights[c] = weight;
                total += weight;
            }
            if (total == 0) {
                return java.util.Arrays.copyOf(team, member);
            }
            double u = random.nextDouble() * total;
            int chosen = 0;
            while (chosen < candidates.length - 1 && (u -= weights[chosen]) >= 0) {
                chosen++;
            }
            if (weights[chosen] == 0) {
                chosen = argMax(weights);
            }
            team[member] = candidates[chosen];
        }
        return team;
    }

    /** A candidate partner: an earlier partner, a partner's partner, or one active in the field (often nearby). */
    private int candidate(int lead, int field) {
        int known = Math.min(partnerCount[lead], RING);
        double source = random.nextDouble();
        if (known > 0 && source < 0.40) {
            return partners[lead][random.nextInt(known)];
        }
        if (known > 0 && source < 0.55) {
            int partner = partners[lead][random.nextInt(known)];
            int theirs = Math.min(partnerCount[partner], RING);
            if (theirs > 0) {
                return partners[partner][random.nextInt(theirs)];
            }
        }
        AliasTable nearby = byFieldActivityInRegion[regionOf[lead]][field];
        if (nearby != null && random.nextBoolean()) {
            return regionMembers[regionOf[lead]][nearby.draw(random)];
        }
        return byFieldActivity[field].draw(random);
    }

    private static int argMax(double[] weights) {
        int best = 0;
        for (int i = 1; i < weights.length; i++) {
            if (weights[i] > weights[best]) {
                best = i;
            }
        }
        return best;
    }

    private static boolean contains(int[] team, int size, int candidate) {
        for (int i = 0; i < size; i++) {
            if (team[i] == candidate) {
                return true;
            }
        }
        return false;
    }

    private int ties(int lead, int candidate) {
        int known = Math.min(partnerCount[lead], RING);
        int ties = 0;
        for (int i = 0; i < known; i++) {
            if (partners[lead][i] == candidate) {
                ties++;
            }
        }
        return ties;
    }

    private void remember(int[] team) {
        for (int a : team) {
            for (int b : team) {
                if (a != b) {
                    partners[a][partnerCount[a]++ % RING] = b;
                    if (partnerCount[a] >= 2 * RING) {
                        partnerCount[a] -= RING;
                    }
                }
            }
        }
    }

    private int geometric(double p) {
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    private int yearOf(long i) {
        return yearOf(i, settings);
    }

    /** The publication year of the work at zero-based position i (before the rare undated ones are blanked). */
    static int yearOf(long i, GeneratorSettings settings) {
        int span = settings.lastYear() - settings.firstYear() + 1;
        double position = settings.works() <= 1 ? 0 : (double) i / settings.works();
        return settings.firstYear() + Math.min(span - 1, (int) Math.floor(span * Math.pow(position, 0.8)));
    }

    private List<Topic> topics(int field) {
        if (random.nextDouble() < 0.02) {
            return List.of();
        }
        int subfield = (int) Math.floor(SyntheticTaxonomy.SUBFIELDS_PER_FIELD * Math.pow(random.nextDouble(), 1.5));
        int topic = (int) Math.floor(SyntheticTaxonomy.TOPICS_PER_SUBFIELD * Math.pow(random.nextDouble(), 1.5));
        List<Topic> topics = new ArrayList<>(3);
        topics.add(taxonomy.topic(field, subfield, topic).withScore(0.95 + 0.05 * random.nextDouble()));
        int more = random.nextInt(3);
        for (int k = 0; k < more; k++) {
            int other = (topic + 1 + k) % SyntheticTaxonomy.TOPICS_PER_SUBFIELD;
            topics.add(taxonomy.topic(field, subfield, other).withScore(0.5 + 0.4 * random.nextDouble()));
        }
        return topics;
    }

    private List<Authorship> authorships(int[] team) {
        int count = Math.min(40, team.length + geometric(0.3));
        List<Authorship> authorships = new ArrayList<>(count);
        int corresponding = random.nextDouble() < 0.75 ? 0 : count - 1;
        for (int a = 0; a < count; a++) {
            int home = a < team.length ? team[a] : random.nextBoolean() ? team[0] : team[random.nextInt(team.length)];
            List<Affiliation> affiliations = new ArrayList<>(2);
            if (random.nextDouble() >= 0.04) {
                affiliations.add(institutions.get(home).affiliation());
                if (random.nextDouble() < 0.05) {
                    int second = team.length > 1 ? team[random.nextInt(team.length)] : bySize.draw(random);
                    if (second != home) {
                        affiliations.add(institutions.get(second).affiliation());
                    }
                }
            }
            List<String> countries = affiliations.stream().map(Affiliation::countryCode).distinct().toList();
            int pool = authorPool[home];
            long author = 5_000_000_000L + home * 1_000_000L + (long) Math.floor(pool * Math.pow(random.nextDouble(), 2));
            authorships.add(new Authorship("A" + author, AuthorNames.of(author), affiliations, countries, a == corresponding));
        }
        return authorships;
    }

    private int citations(int lead, int field, int year, int teamSize) {
        if (random.nextDouble() < 0.12) {
            return 0;
        }
        int age = settings.lastYear() + 1 - year;
        double fieldFactor = 0.5 + ((field * 37) % 11) / 8.0;
        double expected = 2.0 * Math.pow(age, 0.9) * institutions.get(lead).quality() * fieldFactor
                * (1 + 0.3 * (teamSize - 1));
        double drawn = expected * Math.exp(random.nextGaussian() - 0.5);
        if (random.nextDouble() < 0.002) {
            drawn *= 20;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.round(drawn));
    }

    private List<String> references(long i, String type) {
        if (i == 0) {
            return List.of();
        }
        boolean research = type.equals("article") || type.equals("review");
        int count = research ? (int) Math.min(150, Math.round(Math.exp(3.0 + 0.5 * random.nextGaussian())))
                : random.nextInt(6);
        List<String> references = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            long cited = i - 1 - (long) Math.floor(i * Math.pow(random.nextDouble(), 2));
            references.add(workId(Math.max(0, cited)));
        }
        return references;
    }
}
