package org.meridian.core.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.meridian.core.reference.InstitutionSourceFiles.ChineseName;

/**
 * Merges the source lists into one registry. Rows are the same institution when their names have the same
 * {@link NameKey} in the same country, where Hong Kong and Macao count as China for matching (ROR's 2021 list
 * files them under CN, the other sources under HK and MO). Of the merged rows:
 * <ul>
 * <li>the English name is ROR's, else OpenAlex's, else Hipo's (the first row of the best source);</li>
 * <li>the type is OpenAlex's, else ROR's, else Hipo's (education), else {@code other};</li>
 * <li>the country is OpenAlex's, else Hipo's, else ROR's — so HK and MO win over ROR's CN;</li>
 * <li>ids come from OpenAlex; domains are the union of all rows; the web page is the first given.</li>
 * </ul>
 * Chinese names attach to the institution with the same English name key and country, source {@code meridian}.
 */
public final class MergingInstitutionSources {

    private static final List<InstitutionSource> NAME_ORDER = List.of(InstitutionSource.ROR_2021,
            InstitutionSource.OPENALEX, InstitutionSource.HIPO, InstitutionSource.MERIDIAN);
    private static final List<InstitutionSource> TYPE_ORDER = List.of(InstitutionSource.OPENALEX,
            InstitutionSource.ROR_2021, InstitutionSource.HIPO, InstitutionSource.MERIDIAN);
    private static final List<InstitutionSource> COUNTRY_ORDER = List.of(InstitutionSource.OPENALEX,
            InstitutionSource.HIPO, InstitutionSource.ROR_2021, InstitutionSource.MERIDIAN);

    private MergingInstitutionSources() {
    }

    /**
     * The merged registry, sorted by country and name key.
     *
     * @param sourceRows rows read, before merging
     * @param skippedRows rows without a name
     * @param unmatchedChineseNames Chinese names whose English name and country match no institution
     */
    public record Result(List<InstitutionEntry> institutions, int sourceRows, int skippedRows,
            List<ChineseName> unmatchedChineseNames) {
    }

    public static Result merge(List<SourceInstitution> rows, List<ChineseName> chineseNames) {
        Map<String, Merged> byKey = new LinkedHashMap<>();
        int skipped = 0;
        for (SourceInstitution row : rows) {
            String nameKey = NameKey.of(row.name());
            if (nameKey.isEmpty()) {
                skipped++;
                continue;
            }
            byKey.computeIfAbsent(matchKey(row.countryCode(), nameKey), key -> new Merged(nameKey)).add(row);
        }
        List<ChineseName> unmatched = new ArrayList<>();
        for (ChineseName name : chineseNames) {
            Merged merged = byKey.get(matchKey(name.countryCode(), NameKey.of(name.nameEn())));
            if (merged == null || name.nameZh().isBlank()) {
                unmatched.add(name);
            }
            else {
                merged.nameZh = name.nameZh();
            }
        }
        List<InstitutionEntry> entries = new ArrayList<>(byKey.size());
        Set<String> ids = new HashSet<>();
        byKey.values().stream()
                .sorted(Comparator.comparing((Merged merged) -> Objects.toString(merged.country(), ""))
                        .thenComparing(merged -> merged.nameKey))
                .forEach(merged -> entries.add(merged.toEntry(ids)));
        return new Result(entries, rows.size(), skipped, unmatched);
    }

    /** Hong Kong and Macao match China; no country matches only no country. */
    static String matchKey(String countryCode, String nameKey) {
        String country = countryCode == null ? "" : countryCode;
        if (country.equals("HK") || country.equals("MO")) {
            country = "CN";
        }
        return country + "|" + nameKey;
    }

    private static final class Merged {

        private final String nameKey;
        private final List<SourceInstitution> rows = new ArrayList<>();
        private String nameZh;

        Merged(String nameKey) {
            this.nameKey = nameKey;
        }

        void add(SourceInstitution row) {
            rows.add(row);
        }

        String country() {
            return best(COUNTRY_ORDER, SourceInstitution::countryCode);
        }

        InstitutionEntry toEntry(Set<String> takenIds) {
            String country = country();
            String id = MeridianInstitutionId.of(country, nameKey);
            for (int attempt = 1; !takenIds.add(id); attempt++) {
                id = MeridianInstitutionId.alternative(country, nameKey, attempt);
            }
            InstitutionType type = best(TYPE_ORDER, SourceInstitution::type);
            Set<String> domains = new LinkedHashSet<>();
            rows.forEach(row -> domains.addAll(row.domains()));
            EnumSet<InstitutionSource> sources = EnumSet.noneOf(InstitutionSource.class);
            rows.forEach(row -> sources.add(row.source()));
            return new InstitutionEntry(id, best(TYPE_ORDER, SourceInstitution::openalexId),
                    best(TYPE_ORDER, SourceInstitution::rorId), best(NAME_ORDER, SourceInstitution::name), nameKey,
                    nameZh, nameZh == null ? null : InstitutionSource.MERIDIAN.code(), country,
                    type == null ? InstitutionType.OTHER : type, List.copyOf(domains),
                    best(COUNTRY_ORDER, SourceInstitution::webPage), List.copyOf(sources));
        }

        /** The value of the first row, of the first source in {@code order}, that has one. */
        private <T> T best(List<InstitutionSource> order, java.util.function.Function<SourceInstitution, T> value) {
            for (InstitutionSource source : order) {
                for (SourceInstitution row : rows) {
                    if (row.source() == source) {
                        T found = value.apply(row);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
            return null;
        }
    }
}
