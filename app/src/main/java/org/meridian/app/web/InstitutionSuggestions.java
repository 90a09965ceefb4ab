package org.meridian.app.web;

import java.util.List;
import java.util.Locale;

/**
 * Institutions of the world registry whose name matches what the user has typed so far, for the
 * {@code institution :: picker} fragment.
 */
public interface InstitutionSuggestions {

    /**
     * At most {@code limit} institutions matching the words, best first, named in the given language where
     * the registry has that name.
     */
    List<InstitutionSuggestion> suggest(String words, Locale locale, int limit);

    /**
     * @param id the registry id (ROR or OpenAlex), what a form submits
     * @param name the name to show and to put into the search box once chosen
     * @param countryCode ISO 3166-1 alpha-2, may be null
     * @param city may be null
     */
    record InstitutionSuggestion(String id, String name, String countryCode, String city) {
    }
}
