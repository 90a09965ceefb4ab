package org.meridian.core.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

/**
 * Builds a {@link Landscape} from works with issue 4's definitions: works of the selected types with a year and
 * a primary topic; fractional weights per authorship (institution Σ_a [I∈I_a]/(n·|I_a|), country likewise over
 * the authorship's countries, author 1/n per authorship); NCS and top-10% shares over (primary subfield, year)
 * groups; international = authors from two or more countries. Ties count works under full counting: between
 * institutions on one work; between an institution and a country present through another authorship; between
 * an author and the institutions and countries of their co-authors.
 * <p>
 * Reads the works twice ({@link WorkPasses}) and holds none of them: what stays is the landscape itself, which
 * grows with the units and fields rather than with the works.
 */
public final class WorkTally {

    private final TallySettings settings;
    private final LandscapeBuilder builder;
    private final Map<String, AuthorTrace> authors = new HashMap<>();

    private WorkTally(TallySettings settings) {
        this.settings = settings;
        this.builder = Landscape.builder(settings.finestLevel(), settings.examplesPerField());
    }

    public static Landscape tally(Iterable<Work> works, TallySettings settings) {
        return tally(works::forEach, settings);
    }

    /**
     * Tallies works read twice: the first reading gathers the citation groups (a count per work), the second
     * adds each work to the landscape, so that no work is held after it has been added.
     */
    public static Landscape tally(WorkPasses works, TallySettings settings) {
        CitationNormalisation normalisation = new CitationNormalisation();
        works.forEach(work -> {
            if (isCounted(work, settings)) {
                normalisation.add(work);
            }
        });
        normalisation.seal();
        WorkTally tally = new WorkTally(settings);
        works.forEach(work -> {
            if (isCounted(work, settings)) {
                tally.add(work, normalisation.ncs(work), normalisation.topTenShare(work));
            }
        });
        tally.describeAuthors();
        return tally.builder.build();
    }

    /** Whether a work enters the landscape: a counted type, a publication year and a placeable primary topic. */
    public static boolean isCounted(Work work, TallySettings settings) {
        if (!work.hasPublicationYear() || !work.hasPrimaryTopic() || !settings.types().contains(work.type())) {
            return false;
        }
        return hasPath(work.primaryTopic(), settings.finestLevel());
    }

    private static boolean hasPath(Topic topic, FieldLevel finest) {
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.isFinerThan(finest) && level.idOf(topic) == null) {
                return false;
            }
        }
        return true;
    }

    private void add(Work work, double ncs, double topTenShare) {
        int year = work.publicationYear();
        FieldLevel finest = settings.finestLevel();
        builder.classify(work.primaryTopic());
        for (Topic topic : work.topics()) {
            if (hasPath(topic, finest)) {
                builder.classify(topic);
            }
        }
        String field = finest.idOf(work.primaryTopic());
        Shares shares = new Shares(work, settings.hongKongMacaoAsChina());
        boolean international = shares.allCountries.size() >= 2;
        ExampleWork example = new ExampleWork(work.id(), year, field, work.citedByCount(), ncs);

        builder.output(UnitType.WORLD, Unit.WORLD_ID, field, year,
                Output.ofWork(1, work.citedByCount(), ncs, topTenShare, international));
        shares.institutions.forEach((id, weight) -> {
            builder.output(UnitType.INSTITUTION, id, field, year,
                    Output.ofWork(weight, work.citedByCount(), ncs, topTenShare, international));
            builder.example(UnitType.INSTITUTION, id, example);
        });
        shares.affiliations.values().forEach(affiliation -> builder.unit(new Unit(UnitType.INSTITUTION,
                affiliation.id(), affiliation.displayName(), affiliation.countryCode(), affiliation.type(), null)));
        shares.countries.forEach((code, weight) -> {
            builder.output(UnitType.COUNTRY, code, field, year,
                    Output.ofWork(weight, work.citedByCount(), ncs, topTenShare, international));
            builder.example(UnitType.COUNTRY, code, example);
        });
        if (settings.authors()) {
            shares.authors.forEach((id, weight) -> {
                builder.output(UnitType.AUTHOR, id, field, year,
                        Output.ofWork(weight, work.citedByCount(), ncs, topTenShare, international));
                builder.example(UnitType.AUTHOR, id, example);
            });
            traceAuthors(work);
        }
        addCoClassification(work, shares, year);
        if (work.authorships().size() <= settings.maxAuthorshipsForTies()) {
            addTies(shares, year);
        }
    }

    private void addCoClassification(Work work, Shares shares, int year) {
        for (FieldLevel level : FieldLevel.values()) {
            if (level.isFinerThan(settings.finestLevel())) {
                continue;
            }
            Set<String> spanned = new TreeSet<>();
            spanned.add(level.idOf(work.primaryTopic()));
            for (Topic topic : work.topics()) {
                if (hasPath(topic, settings.finestLevel())) {
                    spanned.add(level.idOf(topic));
                }
            }
            List<String> fields = new ArrayList<>(spanned);
            for (int i = 0; i < fields.size(); i++) {
                for (int j = i + 1; j < fields.size(); j++) {
                    String a = fields.get(i);
                    String b = fields.get(j);
                    builder.coClassified(UnitType.WORLD, Unit.WORLD_ID, level, a, b, year, 1);
                    shares.institutions.forEach((id, w) -> builder.coClassified(UnitType.INSTITUTION, id, level, a, b, year, w));
                    shares.countries.forEach((id, w) -> builder.coClassified(UnitType.COUNTRY, id, level, a, b, year, w));
                }
            }
        }
    }

    private void addTies(Shares shares, int year) {
        for (String first : shares.institutions.keySet()) {
            for (String second : shares.institutions.keySet()) {
                if (!first.equals(second)) {
                    builder.tie(UnitType.INSTITUTION, first, UnitType.INSTITUTION, second, year, 1);
                }
            }
            for (String country : shares.countriesBesides(first)) {
                builder.tie(UnitType.INSTITUTION, first, UnitType.COUNTRY, country, year, 1);
                builder.tie(UnitType.COUNTRY, country, UnitType.INSTITUTION, first, year, 1);
            }
        }
        if (!settings.authors()) {
            return;
        }
        for (String author : shares.authors.keySet()) {
            for (String institution : shares.coAuthorInstitutions(author)) {
                builder.tie(UnitType.AUTHOR, author, UnitType.INSTITUTION, institution, year, 1);
            }
            for (String country : shares.coAuthorCountries(author)) {
                builder.tie(UnitType.AUTHOR, author, UnitType.COUNTRY, country, year, 1);
            }
        }
    }

    private void traceAuthors(Work work) {
        for (Authorship authorship : work.authorships()) {
            if (authorship.authorId() == null) {
                continue;
            }
            AuthorTrace trace = authors.computeIfAbsent(authorship.authorId(), id -> new AuthorTrace());
            trace.name = authorship.authorName() != null ? authorship.authorName() : trace.name;
            for (Affiliation affiliation : authorship.institutions()) {
                if (affiliation.id() != null) {
                    trace.seen(affiliation, work.publicationYear());
                }
            }
        }
    }

    private void describeAuthors() {
        authors.forEach((id, trace) -> builder.unit(new Unit(UnitType.AUTHOR, id, trace.name,
                trace.main == null ? null : trace.main.countryCode(), null, trace.main == null ? null : trace.main.id())));
    }

    /** An author's institutions: how often and how lately each appears; the main one is the most frequent. */
    private static final class AuthorTrace {
        String name;
        Affiliation main;
        final Map<String, int[]> countAndLastYear = new HashMap<>();

        void seen(Affiliation affiliation, int year) {
            int[] seen = countAndLastYear.computeIfAbsent(affiliation.id(), k -> new int[2]);
            seen[0]++;
            seen[1] = Math.max(seen[1], year);
            int[] best = main == null ? null : countAndLastYear.get(main.id());
            if (best == null || seen[0] > best[0] || (seen[0] == best[0] && seen[1] > best[1])) {
                main = affiliation;
            }
        }
    }

    /** One work's fractional weights per institution, country and author, and who sits on which authorship. */
    private static final class Shares {
        final Map<String, Double> institutions = new LinkedHashMap<>();
        final Map<String, Affiliation> affiliations = new LinkedHashMap<>();
        final Map<String, Double> countries = new LinkedHashMap<>();
        final Map<String, Double> authors = new LinkedHashMap<>();
        final Set<String> allCountries = new LinkedHashSet<>();
        final List<Set<String>> institutionsOf = new ArrayList<>();
        final List<Set<String>> countriesOf = new ArrayList<>();
        final List<String> authorOf = new ArrayList<>();

        Shares(Work work, boolean hongKongMacaoAsChina) {
            int n = work.authorships().size();
            for (Authorship authorship : work.authorships()) {
                Set<String> institutionIds = new LinkedHashSet<>();
                Set<String> countryCodes = new LinkedHashSet<>();
                for (Affiliation affiliation : authorship.institutions()) {
                    if (affiliation.id() != null) {
                        institutionIds.add(affiliation.id());
                        affiliations.putIfAbsent(affiliation.id(), affiliation);
                    }
                }
                List<String> listed = authorship.countries().isEmpty()
                        ? authorship.institutions().stream().map(Affiliation::countryCode).toList()
                        : authorship.countries();
                for (String code : listed) {
                    if (code != null) {
                        countryCodes.add(hongKongMacaoAsChina && ("HK".equals(code) || "MO".equals(code)) ? "CN" : code);
                    }
                }
                institutionIds.forEach(id -> institutions.merge(id, 1.0 / (n * institutionIds.size()), Double::sum));
                countryCodes.forEach(code -> countries.merge(code, 1.0 / (n * countryCodes.size()), Double::sum));
                if (authorship.authorId() != null) {
                    authors.merge(authorship.authorId(), 1.0 / n, Double::sum);
                }
                allCountries.addAll(countryCodes);
                institutionsOf.add(institutionIds);
                countriesOf.add(countryCodes);
                authorOf.add(authorship.authorId());
            }
        }

        /** Countries present through an authorship that does not list the institution. */
        Set<String> countriesBesides(String institution) {
            Set<String> found = new LinkedHashSet<>();
            for (int a = 0; a < institutionsOf.size(); a++) {
                if (!institutionsOf.get(a).contains(institution)) {
                    found.addAll(countriesOf.get(a));
                }
            }
            return found;
        }

        Set<String> coAuthorInstitutions(String author) {
            return ofOtherAuthorships(author, institutionsOf);
        }

        Set<String> coAuthorCountries(String author) {
            return ofOtherAuthorships(author, countriesOf);
        }

        /** The union of {@code perAuthorship} over the authorships that are not the author's own. */
        private Set<String> ofOtherAuthorships(String author, List<Set<String>> perAuthorship) {
            Set<String> found = new LinkedHashSet<>();
            for (int a = 0; a < authorOf.size(); a++) {
                if (!author.equals(authorOf.get(a))) {
                    found.addAll(perAuthorship.get(a));
                }
            }
            return found;
        }
    }
}
