package org.meridian.core.scholarly;

import java.util.List;

/**
 * One author's place on a work. {@code countries} is the authorship's own {@code countries} list where
 * OpenAlex gives it, else the country codes of its institutions (ISO 3166-1 alpha-2).
 */
public record Authorship(String authorId, String authorName, List<Affiliation> institutions, List<String> countries,
        boolean corresponding) {

    public Authorship {
        institutions = List.copyOf(institutions);
        countries = List.copyOf(countries);
    }
}
