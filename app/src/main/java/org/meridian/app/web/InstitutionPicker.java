package org.meridian.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.meridian.app.partners.Partner;
import org.meridian.app.web.InstitutionSuggestions.InstitutionSuggestion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The options of an institution picker while the user types: an htmx fragment, asked for at most every
 * quarter second. Fewer than two characters suggest nothing. {@code of=registry} (the default) suggests
 * institutions of the world registry; {@code of=partners} suggests the tenant's partners first, then the
 * registry's institutions that are not partners yet (chosen, they become partners when the form is saved).
 */
@Controller
class InstitutionPicker {

    static final int SUGGESTIONS = 10;

    private final InstitutionSuggestions suggestions;
    private final RegistryPartners registryPartners;

    InstitutionPicker(InstitutionSuggestions suggestions, RegistryPartners registryPartners) {
        this.suggestions = suggestions;
        this.registryPartners = registryPartners;
    }

    @GetMapping("/ui/institutions/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "registry") String of,
            Locale locale, Model model) {
        String words = q.strip();
        boolean partners = "partners".equals(of);
        model.addAttribute("words", words);
        model.addAttribute("ofPartners", partners);
        model.addAttribute("suggestions", words.codePointCount(0, words.length()) < 2 ? List.of()
                : partners ? partnersFirst(words, locale) : suggestions.suggest(words, locale, SUGGESTIONS));
        return "fragments/institution :: options";
    }

    private List<InstitutionSuggestion> partnersFirst(String words, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        List<InstitutionSuggestion> found = new ArrayList<>();
        for (Partner partner : registryPartners.named(words, SUGGESTIONS)) {
            String other = chinese ? (partner.nameZh() == null ? null : partner.name()) : partner.nameZh();
            found.add(new InstitutionSuggestion(String.valueOf(partner.id()), partner.name(chinese ? "zh" : "en"), other,
                    partner.country(), partner.id()));
        }
        for (InstitutionSuggestion institution : suggestions.suggest(words, locale, SUGGESTIONS)) {
            if (found.size() < SUGGESTIONS && !institution.partner()) {
                found.add(institution);
            }
        }
        return found;
    }
}
