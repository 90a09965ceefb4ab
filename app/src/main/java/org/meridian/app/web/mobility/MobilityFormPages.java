package org.meridian.app.web.mobility;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RuleViolation;
import org.meridian.app.mobility.Mobility;
import org.meridian.app.mobility.MobilityRecords;
import org.meridian.app.web.FormErrors;
import org.meridian.app.web.FormValues;
import org.meridian.app.web.RegistryPartners;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording and correcting a mobility in a form. A rejected form comes back with what was typed and a message
 * beside each wrong field; a duplicate, or a record someone else changed meanwhile, is said at the top of the
 * form, still with the input kept.
 */
@Controller
@RequestMapping("/mobility")
class MobilityFormPages {

    private final MobilityRecords records;
    private final RegistryPartners registryPartners;
    private final MessageSource messages;

    MobilityFormPages(MobilityRecords records, RegistryPartners registryPartners, MessageSource messages) {
        this.records = records;
        this.registryPartners = registryPartners;
        this.messages = messages;
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, FormValues.empty(), FormErrors.none(), null);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = MobilityForm.of(submitted);
        try {
            Mobility created = registryPartners.saveChoosing(form, MobilityForm.PICKERS,
                    chosen -> records.create(MobilityForm.draft(chosen)));
            redirect.addFlashAttribute("notice", "mobility.created");
            return "redirect:/mobility/" + created.id();
        }
        catch (InvalidInput | RuleViolation rejected) {
            response.setStatus(status(rejected));
            return form(model, form, errors(rejected, locale), null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Mobility mobility = records.get(id);
        return form(model, MobilityForm.of(mobility), FormErrors.none(), mobility);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = MobilityForm.of(submitted);
        try {
            registryPartners.saveChoosing(form, MobilityForm.PICKERS,
                    chosen -> records.replace(id, MobilityForm.draft(chosen)));
            redirect.addFlashAttribute("notice", "mobility.saved");
            return "redirect:/mobility/" + id;
        }
        catch (InvalidInput | RuleViolation | RecordChangedMeanwhile rejected) {
            response.setStatus(status(rejected));
            Mobility mobility = records.get(id);
            boolean stale = rejected instanceof RecordChangedMeanwhile;
            model.addAttribute("stale", stale);
            // after the warning, saving again replaces the record as it is now
            return form(model, stale ? form.withVersion(mobility.version()) : form, errors(rejected, locale),
                    mobility);
        }
    }

    private String form(Model model, FormValues form, FormErrors errors, Mobility existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        return "mobility/form";
    }

    private FormErrors errors(RuntimeException rejected, Locale locale) {
        if (rejected instanceof InvalidInput invalid) {
            return FormErrors.of(invalid, messages, locale);
        }
        if (rejected instanceof RuleViolation rule) {
            return FormErrors.of(rule, messages, locale);
        }
        return FormErrors.general(messages.getMessage("form.stale", null, locale));
    }

    private static int status(RuntimeException rejected) {
        return rejected instanceof InvalidInput ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT;
    }
}
