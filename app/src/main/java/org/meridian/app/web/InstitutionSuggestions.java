package org.meridian.app.web;

import java.util.List;
import java.util.Locale;

/**
 * Institutions of the world registry whose name matches what the user has typed so far, for the
 * {@code institution :: picker} fragment.
 */
public interface InstitutionSuggestions {

    /**
     * At most {@code limit} institutions whose English or Chinese name, or a word of it, starts with the words:
     * names starting with them first, then names with a later word starting with them. Each is named in the
     * given language where the registry has that name, and says which of the tenant's partners it is, if any.
     */
    List<InstitutionSuggestion> suggest(String words, Locale locale, int limit);

    /**
     * @param id what a form submits: the registry id of an institution, or the id of a partner
     * @param name the name to show and to put into the search box once chosen
     * @param otherName the name in the other language, shown smaller; may be null
     * @param countryCode ISO 3166-1 alpha-2, may be null
     * @param partnerId the tenant's partner that is this institution, or null when it is not (yet) a partner
     */
    record InstitutionSuggestion(String id, String name, String otherName, String countryCode, Long partnerId) {

        public boolean partner() {
            return partnerId != null;
        }
    }
}
