package org.meridian.core.statistics;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks countries up by ISO alpha-2, alpha-3 or name. Names are compared without case, accents or extra blanks,
 * against the ISO English short name, the OpenAlex short name and a few aliases met in the shipped statistics
 * (e.g. {@code Viet Nam}, {@code Palestine, State of}); a name mis-decoded as Latin-1 is re-decoded first.
 */
public final class CountryDirectory {

    /** How a name was matched. */
    public enum Match {
        ISO_NAME, OPENALEX_NAME, ALIAS, REPAIRED_ENCODING
    }

    /** A country found by name and how it was found. */
    public record NameMatch(Country country, Match match) {
    }

    /** Spellings seen in the OECD 2013–2019 flows file that neither the ISO nor the OpenAlex name covers. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("viet nam", "VN"),
            Map.entry("congo (democratic republic of the)", "CD"),
            Map.entry("palestine, state of", "PS"),
            Map.entry("republic of north macedonia", "MK"),
            Map.entry("virgin islands (british)", "VG"),
            Map.entry("holy see", "VA"),
            Map.entry("micronesia", "FM"),
            Map.entry("moldova", "MD"));

    private final Map<String, Country> byAlpha2 = new LinkedHashMap<>();
    private final Map<String, Country> byAlpha3 = new HashMap<>();
    private final Map<String, Country> byIsoName = new HashMap<>();
    private final Map<String, Country> byOpenAlexName = new HashMap<>();

    private CountryDirectory(Collection<Country> countries) {
        for (Country country : countries) {
            byAlpha2.put(country.alpha2(), country);
            byAlpha3.put(country.alpha3(), country);
            byIsoName.put(key(country.nameEnglish()), country);
            if (!country.openAlexName().isEmpty()) {
                byOpenAlexName.put(key(country.openAlexName()), country);
            }
        }
    }

    /** Reads {@code countries.csv} (columns alpha2, alpha3, name_en, name_zh, openalex_name, m49_region, ...). */
    public static CountryDirectory read(Reader countriesCsv) {
        Map<String, Country> countries = new LinkedHashMap<>();
        try (CsvRows rows = new CsvRows(countriesCsv)) {
            int alpha2 = rows.column("alpha2");
            int alpha3 = rows.column("alpha3");
            int nameEn = rows.column("name_en");
            int nameZh = rows.column("name_zh");
            int openAlex = rows.column("openalex_name");
            int region = rows.column("m49_region");
            int subregion = rows.column("m49_subregion");
            int oecdSince = rows.column("oecd_member_since");
            int bri = rows.column("bri_cooperation_document");
            int briJoined = rows.column("bri_likely_join_date");
            int briLeft = rows.column("bri_likely_exit_date");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                countries.put(row[alpha2], new Country(row[alpha2], row[alpha3], row[nameEn], row[nameZh],
                        row[openAlex], row[region], row[subregion], date(row[oecdSince]), "Y".equals(row[bri]),
                        date(row[briJoined]), date(row[briLeft])));
            }
        }
        return new CountryDirectory(countries.values());
    }

    public Collection<Country> countries() {
        return byAlpha2.values();
    }

    public Optional<Country> byAlpha2(String alpha2) {
        return Optional.ofNullable(byAlpha2.get(alpha2));
    }

    public Optional<Country> byAlpha3(String alpha3) {
        return Optional.ofNullable(byAlpha3.get(alpha3));
    }

    /** Finds a country by name, saying how; empty when nothing matches. */
    public Optional<NameMatch> byName(String name) {
        Optional<NameMatch> direct = byCleanName(name);
        if (direct.isPresent() || !name.contains("Ã")) {
            return direct;
        }
        String repaired = new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return byCleanName(repaired).map(match -> new NameMatch(match.country(), Match.REPAIRED_ENCODING));
    }

    /** Alpha-2 codes of the OECD members on a date. */
    public Set<String> oecdMembersOn(LocalDate date) {
        Set<String> members = new TreeSet<>();
        byAlpha2.values().stream().filter(country -> country.oecdMemberOn(date)).forEach(c -> members.add(c.alpha2()));
        return members;
    }

    /** Alpha-2 codes of the countries with a Belt and Road cooperation document on a date (China included). */
    public Set<String> beltAndRoadOn(LocalDate date) {
        Set<String> members = new TreeSet<>();
        byAlpha2.values().stream().filter(country -> country.beltAndRoadOn(date)).forEach(c -> members.add(c.alpha2()));
        return members;
    }

    private Optional<NameMatch> byCleanName(String name) {
        String key = key(name);
        if (byIsoName.containsKey(key)) {
            return Optional.of(new NameMatch(byIsoName.get(key), Match.ISO_NAME));
        }
        if (byOpenAlexName.containsKey(key)) {
            return Optional.of(new NameMatch(byOpenAlexName.get(key), Match.OPENALEX_NAME));
        }
        String alias = ALIASES.get(key);
        return alias == null || !byAlpha2.containsKey(alias) ? Optional.empty()
                : Optional.of(new NameMatch(byAlpha2.get(alias), Match.ALIAS));
    }

    private static String key(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}
