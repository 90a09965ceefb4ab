package org.meridian.app.web.partners;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RuleViolation;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.Partners;
import org.meridian.app.partners.RecordingPartners;
import org.meridian.app.reference.Institution;
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
 * Recording and correcting a partner in a form. Above the form, an institution picker searches the world
 * registry: choosing an institution fills the form in from the registry ({@code ?institution=<registry id>}),
 * or, when it is one of the tenant's partners already, opens that partner instead of recording it twice.
 */
@Controller
@RequestMapping("/partners")
class PartnerFormPages {

    private final Partners partners;
    private final RecordingPartners recording;
    private final RegistryPartners registryPartners;
    private final MessageSource messages;

    PartnerFormPages(Partners partners, RecordingPartners recording, RegistryPartners registryPartners,
            MessageSource messages) {
        this.partners = partners;
        this.recording = recording;
        this.registryPartners = registryPartners;
        this.messages = messages;
    }

    @GetMapping("/new")
    String blank(@RequestParam(required = false) String institution, Model model, RedirectAttributes redirect) {
        Optional<Institution> chosen = registryPartners.institution(institution);
        if (chosen.isEmpty()) {
            return form(model, FormValues.empty(), FormErrors.none(), null);
        }
        Optional<Partner> recorded = registryPartners.partnerOf(chosen.get());
        if (recorded.isPresent()) {
            redirect.addFlashAttribute("notice", "partner.alreadyRecorded");
            return "redirect:/partners/" + recorded.get().id();
        }
        model.addAttribute("fromRegistry", chosen.get());
        return form(model, fromRegistry(FormValues.empty(), chosen.get()), FormErrors.none(), null);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = PartnerForm.of(submitted);
        try {
            Partner created = recording.register(PartnerForm.input(form));
            redirect.addFlashAttribute("notice", "partner.created");
            return "redirect:/partners/" + created.id();
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormErrors.of(invalid, messages, locale), null);
        }
        catch (RuleViolation duplicate) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, form, FormErrors.of(duplicate, messages, locale), null);
        }
    }

    /** The form of a partner; {@code ?institution=<registry id>} takes the names, ids and type from the registry. */
    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String institution, Model model) {
        Partner partner = partners.require(id);
        FormValues form = PartnerForm.of(partner);
        Optional<Institution> chosen = registryPartners.institution(institution);
        if (chosen.isPresent()) {
            model.addAttribute("fromRegistry", chosen.get());
            form = fromRegistry(form, chosen.get());
        }
        return form(model, form, FormErrors.none(), partner);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> submitted, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormValues form = PartnerForm.of(submitted);
        try {
            recording.revise(id, PartnerForm.input(form));
            redirect.addFlashAttribute("notice", "partner.saved");
            return "redirect:/partners/" + id;
        }
        catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormErrors.of(invalid, messages, locale), partners.require(id));
        }
        catch (RuleViolation duplicate) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, form, FormErrors.of(duplicate, messages, locale), partners.require(id));
        }
        catch (RecordChangedMeanwhile stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Partner current = partners.require(id);
            model.addAttribute("stale", true);
            return form(model, form.withVersion(current.version()),
                    FormErrors.general(messages.getMessage("form.stale", null, locale)), current);
        }
    }

    /** The form with every field the registry knows set from it; the others (level, tags, notes) kept. */
    private FormValues fromRegistry(FormValues form, Institution institution) {
        FormValues filled = form;
        for (Map.Entry<String, Object> field : registryPartners.partnerFields(institution).entrySet()) {
            if (field.getValue() != null) {
                filled = filled.with(field.getKey(), field.getValue().toString());
            }
        }
        return filled;
    }

    private String form(Model model, FormValues form, FormErrors errors, Partner existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        return "partners/form";
    }
}
