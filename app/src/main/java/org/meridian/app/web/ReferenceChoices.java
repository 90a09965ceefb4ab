package org.meridian.app.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.meridian.app.reference.Countries;
import org.meridian.app.reference.IscedFields;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.PartyRole;
import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementRole;
import org.meridian.core.engagement.EngagementStanding;
import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.Gender;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityStatus;
import org.meridian.core.partners.InstitutionType;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;
import org.meridian.core.vocabulary.Coded;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The options of country and ISCED-F selects in the page's language, and the names of codes shown in lists:
 * countries by their English or Chinese name (sorted as the language sorts), ISCED-F fields by code with the
 * broad fields' names from the message bundle ({@code isced.06}). Available to templates as
 * {@code ${@choices...}}.
 */
@Component("choices")
public class ReferenceChoices {

    /** The vocabularies that forms and filters offer, by the message prefix of their labels. */
    static final Map<String, Class<? extends Coded>> VOCABULARIES = Map.ofEntries(
            Map.entry("mobility.direction", Direction.class), Map.entry("mobility.category", MobilityCategory.class),
            Map.entry("mobility.funding", Funding.class), Map.entry("mobility.status", MobilityStatus.class),
            Map.entry("mobility.gender", Gender.class), Map.entry("engagement.kind", EngagementKind.class),
            Map.entry("engagement.role", EngagementRole.class),
            Map.entry("engagement.standing", EngagementStanding.class), Map.entry("partner.kind", PartnerKind.class),
            Map.entry("partner.level", RelationshipLevel.class),
            Map.entry("partner.institutionType", InstitutionType.class),
            Map.entry("agreement.status", AgreementStatus.class), Map.entry("agreement.type", AgreementType.class),
            Map.entry("agreement.role", PartyRole.class));

    private final Countries countries;
    private final IscedFields fields;
    private final MessageSource messages;

    ReferenceChoices(Countries countries, IscedFields fields, MessageSource messages) {
        this.countries = countries;
        this.fields = fields;
        this.messages = messages;
    }

    public List<Choice> countries() {
        String language = language();
        Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
        return countries.all().stream().map(country -> new Choice(country.alpha2(), country.name(language)))
                .sorted(Comparator.comparing(Choice::label, collator)).toList();
    }

    /** The country's name in the page's language, or the code itself when unknown (null for null). */
    public String country(String alpha2) {
        if (alpha2 == null) {
            return null;
        }
        return countries.byCode(alpha2).map(country -> country.name(language())).orElse(alpha2);
    }

    /** Broad and narrow fields (detailed ones are found by typing their code), by code. */
    public List<Choice> iscedFields() {
        return fields.all().stream().filter(field -> !"detailed".equals(field.level()))
                .map(field -> new Choice(field.code(), field.code() + " " + iscedField(field.code())))
                .toList();
    }

    /** The name of an ISCED-F field; broad fields in the page's language, others as ISCED names them. */
    public String iscedField(String code) {
        if (code == null) {
            return null;
        }
        if (code.length() == 2) {
            String broad = messages.getMessage("isced." + code, null, null, LocaleContextHolder.getLocale());
            if (broad != null) {
                return broad;
            }
        }
        return fields.byCode(code).map(field -> field.name(language())).orElse(code);
    }

    /** The options of a select: {@code countries} or a vocabulary of {@link #vocabulary}. */
    public List<Choice> options(String name) {
        return "countries".equals(name) ? countries() : vocabulary(name);
    }

    /**
     * The values of a controlled vocabulary as options, labelled by the message {@code name + "." + code}:
     * {@code ${@choices.vocabulary('mobility.direction')}}. The names are those of {@link #VOCABULARIES}.
     */
    public List<Choice> vocabulary(String name) {
        Class<? extends Coded> type = VOCABULARIES.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no vocabulary named " + name);
        }
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).map(code -> new Choice(code,
                messages.getMessage(name + "." + code, null, code, LocaleContextHolder.getLocale()))).toList();
    }

    private static String language() {
        return Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "zh" : "en";
    }

    /** One option of a select. */
    public record Choice(String code, String label) {
    }
}
