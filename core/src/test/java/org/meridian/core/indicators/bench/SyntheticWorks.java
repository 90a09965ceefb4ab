package org.meridian.core.indicators.bench;

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
 * A seeded, lazily generated stream of OpenAlex-shaped works for indicator benchmarks and property tests:
 * skewed institution sizes, institutions in a few dozen countries (HK and MO among them), a taxonomy of 4
 * domains, 26 fields, 252 subfields and 4,500 topics with each institution leaning to some topics, heavy-tailed
 * citations, 1 to 40 authorships with none, one or two institutions, a few companies, some works of other types
 * and a few without a primary topic or year. Not the realistic generator of the benchmark module: only shaped
 * enough to load the engine as real data would.
 */
public final class SyntheticWorks implements Iterable<Work> {

    static final int TOPICS = 4500;
    static final int SUBFIELDS = 252;
    static final int FIELDS = 26;
    static final int DOMAINS = 4;
    private static final String[] COUNTRIES = {"CN", "US", "GB", "DE", "JP", "FR", "IN", "IT", "CA", "KR", "AU",
            "ES", "BR", "NL", "RU", "CH", "SE", "PL", "TR", "IR", "HK", "MO", "SG", "BE", "DK", "AT", "NO", "FI",
            "PT", "IL", "MX", "ZA", "EG", "SA", "PK", "MY", "TH", "NZ", "IE", "CZ", "GR", "AR", "CL", "NG", "KE"};
    private static final String[] TYPES = {"article", "article", "article", "article", "article", "article",
            "article", "article", "review", "book-chapter", "preprint"};

    private final int workCount;
    private final int institutionCount;
    private final int firstYear;
    private final int lastYear;
    private final long seed;

    public SyntheticWorks(int workCount, int institutionCount, int firstYear, int lastYear, long seed) {
        this.workCount = workCount;
        this.institutionCount = institutionCount;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.seed = seed;
    }

    @Override
    public Iterator<Work> iterator() {
        Random random = new Random(seed);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < workCount;
            }

            @Override
            public Work next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return work(next++, random);
            }
        };
    }

    private Work work(int index, Random random) {
        int authorshipCount = 1 + (int) Math.min(39, -Math.log(1 - random.nextDouble()) * 4);
        int leadInstitution = skewedInstitution(random);
        List<Authorship> authorships = new ArrayList<>(authorshipCount);
        for (int a = 0; a < authorshipCount; a++) {
            authorships.add(authorship(a == 0 ? leadInstitution : nearby(leadInstitution, random), a == 0, random));
        }
        int topicCode = random.nextInt(3) == 0 ? random.nextInt(TOPICS)
                : Math.floorMod(leadInstitution * 37 + (int) (random.nextGaussian() * 20), TOPICS);
        Topic topic = random.nextInt(100) == 0 ? null : topic(topicCode);
        int year = random.nextInt(200) == 0 ? 0 : firstYear + random.nextInt(lastYear - firstYear + 1);
        int citations = (int) Math.max(0, Math.floor(Math.exp(random.nextGaussian() * 1.4 + 1.2)) - 1);
        return new Work("W" + index, year, TYPES[random.nextInt(TYPES.length)], citations, topic,
                topic == null ? List.of() : List.of(topic), authorships, List.of(), "2025-01-01");
    }

    private Authorship authorship(int institution, boolean corresponding, Random random) {
        int roll = random.nextInt(20);
        List<Affiliation> affiliations = new ArrayList<>(2);
        if (roll >= 2) {
            affiliations.add(affiliation(institution));
        }
        if (roll >= 17) {
            affiliations.add(affiliation(skewedInstitution(random)));
        }
        return new Authorship("A" + random.nextInt(1_000_000), null, affiliations, List.of(), corresponding);
    }

    private Affiliation affiliation(int institution) {
        String country = COUNTRIES[(int) (COUNTRIES.length * Math.pow((institution * 0.618034) % 1.0, 2))];
        String type = institution % 23 == 5 ? "company" : "education";
        return new Affiliation("I" + (1000 + institution), null, country, type, "Institution " + institution);
    }

    /** Institution sizes fall off steeply: low indexes are the big ones. */
    private int skewedInstitution(Random random) {
        double u = random.nextDouble();
        return (int) (institutionCount * u * u * u);
    }

    private int nearby(int institution, Random random) {
        return random.nextInt(2) == 0 ? institution : skewedInstitution(random);
    }

    static Topic topic(int code) {
        int subfield = code % SUBFIELDS;
        int field = subfield % FIELDS;
        return new Topic("T" + (10000 + code), "Topic " + code, Integer.toString(1000 + subfield),
                Integer.toString(10 + field), Integer.toString(1 + field % DOMAINS), 0.9);
    }
}
