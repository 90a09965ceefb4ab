package org.meridian.app.web.mobility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.InputCheck;
import org.meridian.app.mobility.Mobility;
import org.meridian.app.mobility.MobilityDraft;
import org.meridian.app.mobility.MobilityPerson;
import org.meridian.core.vocabulary.Coded;

/**
 * What the mobility form shows and sends, as text by field name. The names are those of the service's
 * messages ({@code startDate}, {@code person.familyName}), so each message lands beside its field. A rejected
 * form is shown again with exactly what was typed.
 */
final class MobilityForm {

    static final List<String> FIELDS = List.of("direction", "category", "iscedLevel", "country", "partnerId",
            "agreementId", "iscedField", "startDate", "endDate", "academicYear", "programme", "funding",
            "fundingBody", "cancelled", "person.familyName", "person.givenName", "person.gender",
            "person.nationality", "person.birthDate", "person.email", "person.personIdentifier", "version");

    private final Map<String, String> values;

    private MobilityForm(Map<String, String> values) {
        this.values = values;
    }

    static MobilityForm empty() {
        return new MobilityForm(Map.of());
    }

    static MobilityForm of(Map<String, String> submitted) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = submitted.get(field);
            if (value != null && !value.isBlank()) {
                kept.put(field, value.strip());
            }
        }
        return new MobilityForm(kept);
    }

    static MobilityForm of(Mobility mobility) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "direction", mobility.direction());
        put(values, "category", mobility.category());
        put(values, "iscedLevel", mobility.iscedLevel());
        put(values, "country", mobility.country());
        put(values, "partnerId", mobility.partnerId());
        put(values, "agreementId", mobility.agreementId());
        put(values, "iscedField", mobility.iscedField());
        put(values, "startDate", mobility.startDate());
        put(values, "endDate", mobility.endDate());
        put(values, "academicYear", mobility.academicYear());
        put(values, "programme", mobility.programme());
        put(values, "funding", mobility.funding());
        put(values, "fundingBody", mobility.fundingBody());
        put(values, "cancelled", mobility.cancelled() ? "true" : null);
        MobilityPerson person = mobility.person();
        if (person != null) {
            put(values, "person.familyName", person.familyName());
            put(values, "person.givenName", person.givenName());
            put(values, "person.gender", person.gender());
            put(values, "person.nationality", person.nationality());
            put(values, "person.birthDate", person.birthDate());
            put(values, "person.email", person.email());
            put(values, "person.personIdentifier", person.personIdentifier());
        }
        put(values, "version", mobility.version());
        return new MobilityForm(values);
    }

    /** The same input, to be saved over the record's version {@code version}. */
    MobilityForm withVersion(int version) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put("version", String.valueOf(version));
        return new MobilityForm(changed);
    }

    /** The text of a field, or null. */
    String value(String field) {
        return values.get(field);
    }

    boolean is(String field, String value) {
        return value != null && value.equals(values.get(field));
    }

    /** The draft the service checks; numbers that are no numbers are refused here, by field. */
    MobilityDraft draft() {
        InputCheck check = new InputCheck();
        Long level = number(check, "iscedLevel");
        Long partner = number(check, "partnerId");
        Long agreement = number(check, "agreementId");
        Long version = number(check, "version");
        check.throwIfInvalid();
        return new MobilityDraft(value("direction"), value("category"), level == null ? null : level.intValue(),
                partner, value("country"), agreement, value("iscedField"), value("startDate"), value("endDate"),
                value("academicYear"), value("programme"), value("funding"), value("fundingBody"),
                "true".equals(value("cancelled")),
                new MobilityDraft.PersonDraft(value("person.familyName"), value("person.givenName"),
                        value("person.gender"), value("person.nationality"), value("person.birthDate"),
                        value("person.email"), value("person.personIdentifier")),
                version == null ? null : version.intValue());
    }

    private Long number(InputCheck check, String field) {
        String text = value(field);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException notANumber) {
            check.reject(field, "must be a whole number");
            return null;
        }
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value instanceof Coded coded) {
            values.put(field, coded.code());
        }
        else if (value != null) {
            values.put(field, value.toString());
        }
    }
}
