package org.meridian.app.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Suggests nothing: the stand-in until the institutions registry is available, when an implementation that
 * asks the registry replaces this class.
 */
@Component
class EmptyInstitutionSuggestions implements InstitutionSuggestions {

    @Override
    public List<InstitutionSuggestion> suggest(String words, Locale locale, int limit) {
        return List.of();
    }
}
