package org.meridian.core.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the three institution lists Meridian ships (see the application's reference/SOURCE.md) and its list of
 * Chinese names, each a CSV with a header row.
 */
public final class InstitutionSourceFiles {

    private static final String ROR_PREFIX = "https://ror.org/";
    private static final String OPENALEX_PREFIX = "https://openalex.org/";
    /** A ROR id: 0, six letters or digits, two check digits. */
    public static final String ROR_ID = "0[a-z0-9]{6}[0-9]{2}";
    /** An OpenAlex institution id. */
    public static final String OPENALEX_ID = "I[0-9]{1,12}";

    private InstitutionSourceFiles() {
    }

    /** ROR names by country: {@code name,country_code,country_name,types}. */
    public static List<SourceInstitution> ror2021(Reader csv) {
        List<SourceInstitution> rows = new ArrayList<>();
        CsvRows.forEach(csv, row -> rows.add(new SourceInstitution(InstitutionSource.ROR_2021, row.get("name").trim(),
                country(row.get("country_code")), InstitutionType.fromSource(row.get("types")), null, null, List.of(),
                null)));
        return rows;
    }

    /** Institutions seen in OpenAlex works: {@code institution_id,display_name,ror,country_code,type,lineage}. */
    public static List<SourceInstitution> openAlexSeen(Reader csv) {
        List<SourceInstitution> rows = new ArrayList<>();
        CsvRows.forEach(csv, row -> rows.add(new SourceInstitution(InstitutionSource.OPENALEX,
                row.get("display_name").trim(), country(row.get("country_code")),
                InstitutionType.fromSource(row.get("type")), valid(shortOpenAlexId(row.get("institution_id")), OPENALEX_ID),
                valid(shortRorId(row.get("ror")), ROR_ID), List.of(), null)));
        return rows;
    }

    /** Hipo world universities: {@code name,alpha_two_code,country,state_province,domains,web_pages}. */
    public static List<SourceInstitution> hipo(Reader csv) {
        List<SourceInstitution> rows = new ArrayList<>();
        CsvRows.forEach(csv, row -> rows.add(new SourceInstitution(InstitutionSource.HIPO, row.get("name").trim(),
                country(row.get("alpha_two_code")), InstitutionType.EDUCATION, null, null,
                split(row.get("domains")), split(row.get("web_pages")).stream().findFirst().orElse(null))));
        return rows;
    }

    /** Chinese names: {@code name_en,country_code,name_zh}. */
    public static List<ChineseName> chineseNames(Reader csv) {
        List<ChineseName> names = new ArrayList<>();
        CsvRows.forEach(csv, row -> names.add(new ChineseName(row.get("name_en").trim(),
                country(row.get("country_code")), row.get("name_zh").trim())));
        return names;
    }

    /**
     * {@code https://ror.org/03cve4549} or {@code 03cve4549} → {@code 03cve4549}; blank → null. A prefix written
     * twice, as some OpenAlex records have it ({@code https://ror.org/https://ror.org/01ppj9r51}), counts once.
     */
    public static String shortRorId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String trimmed = id.trim();
        int prefix = trimmed.lastIndexOf(ROR_PREFIX);
        return (prefix >= 0 ? trimmed.substring(prefix + ROR_PREFIX.length()) : trimmed).toLowerCase(Locale.ROOT);
    }

    /** {@code https://openalex.org/I99065089} or {@code i99065089} → {@code I99065089}; blank → null. */
    public static String shortOpenAlexId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String trimmed = id.trim();
        return (trimmed.startsWith(OPENALEX_PREFIX) ? trimmed.substring(OPENALEX_PREFIX.length()) : trimmed)
                .toUpperCase(Locale.ROOT);
    }

    /** The id if it has the id's form, else null: a malformed id in a source is no id at all. */
    private static String valid(String id, String form) {
        return id != null && id.matches(form) ? id : null;
    }

    private static String country(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    /** A Chinese name for the institution of that English name in that country. */
    public record ChineseName(String nameEn, String countryCode, String nameZh) {
    }
}
