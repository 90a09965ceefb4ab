package org.meridian.app.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The options of an institution picker while the user types: an htmx fragment, asked for at most every
 * quarter second. Fewer than two characters suggest nothing.
 */
@Controller
class InstitutionPicker {

    static final int SUGGESTIONS = 10;

    private final InstitutionSuggestions suggestions;

    InstitutionPicker(InstitutionSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/ui/institutions/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        String words = q.strip();
        model.addAttribute("words", words);
        model.addAttribute("suggestions", words.length() < 2 ? List.of()
                : suggestions.suggest(words, locale, SUGGESTIONS));
        return "fragments/institution :: options";
    }
}
