package org.meridian.app.insight.bringin;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.UnitType;

/**
 * Reads a home unit as callers write it: an OpenAlex institution id ({@code I27837315}), an ISO alpha-2 country
 * code ({@code CN}), a country group ({@code oecd}, {@code bri}; see {@link CountryGroups}), or a comma-separated
 * list of institution ids or of country codes (a group of them).
 */
public final class HomeUnits {

    private HomeUnits() {
    }

    /** @throws InvalidInput (field {@code home}) when the text is none of the above */
    public static Home parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("home", "name a home: an institution id such as I27837315, a country code such as CN,"
                    + " or a group (oecd, bri)");
        }
        String trimmed = text.trim();
        Optional<Set<String>> group = CountryGroups.shipped().members(trimmed);
        if (group.isPresent()) {
            return Home.group(trimmed.toLowerCase(Locale.ROOT), UnitType.COUNTRY, group.get());
        }
        Set<String> parts = new LinkedHashSet<>(Arrays.stream(trimmed.split(",")).map(String::trim)
                .filter(part -> !part.isEmpty()).toList());
        Set<String> institutions = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (String part : parts) {
            Optional<String> institution = institutionId(part);
            if (institution.isPresent()) {
                institutions.add(institution.get());
            } else if (part.matches("[A-Za-z]{2}")) {
                countries.add(part.toUpperCase(Locale.ROOT));
            } else {
                throw InvalidInput.of("home", "'" + part + "' is neither an OpenAlex institution id (I27837315), a country"
                        + " code (CN) nor a group (oecd, bri)");
            }
        }
        if (!institutions.isEmpty() && !countries.isEmpty()) {
            throw InvalidInput.of("home", "a group holds institutions or countries, not both");
        }
        if (institutions.size() == 1) {
            return Home.institution(institutions.iterator().next());
        }
        if (countries.size() == 1) {
            return Home.country(countries.iterator().next());
        }
        return institutions.isEmpty() ? Home.group(String.join(",", countries), UnitType.COUNTRY, countries)
                : Home.group(String.join(",", institutions), UnitType.INSTITUTION, institutions);
    }

    /** {@code I123}, {@code i123} or {@code https://openalex.org/I123} as {@code I123}. */
    static Optional<String> institutionId(String text) {
        String id = text.trim().replaceFirst("^https?://openalex\\.org/", "");
        return id.matches("[Ii]\\d+") ? Optional.of("I" + id.substring(1)) : Optional.empty();
    }
}
