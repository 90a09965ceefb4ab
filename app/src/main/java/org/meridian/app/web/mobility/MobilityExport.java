package org.meridian.app.web.mobility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.meridian.app.imports.ImportColumn;
import org.meridian.app.imports.ImportTypes;
import org.meridian.app.mobility.Mobility;
import org.meridian.app.mobility.MobilityPerson;
import org.meridian.core.vocabulary.Coded;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The exported mobility list: the columns of the mobility import (headers in the user's language, codes as
 * the import reads them, so that an exported file can be corrected and imported again), then the record's
 * number and status. Without personal data the person's columns are left out.
 */
@Component
class MobilityExport {

    private static final Set<String> PERSONAL = Set.of("familyName", "givenName", "gender", "nationality",
            "birthDate", "email", "personIdentifier");

    private final ImportTypes importTypes;
    private final MessageSource messages;

    MobilityExport(ImportTypes importTypes, MessageSource messages) {
        this.importTypes = importTypes;
        this.messages = messages;
    }

    String fileName(Locale locale) {
        return messages.getMessage("mobility.export.fileName", null, locale);
    }

    List<String> headers(Locale locale, boolean personal) {
        List<String> headers = new ArrayList<>();
        for (ImportColumn column : columns(personal)) {
            headers.add(column.header(locale.getLanguage()));
        }
        headers.add(messages.getMessage("mobility.field.id", null, locale));
        headers.add(messages.getMessage("mobility.field.status", null, locale));
        return headers;
    }

    List<Object> row(Mobility mobility, boolean personal) {
        List<Object> row = new ArrayList<>();
        for (ImportColumn column : columns(personal)) {
            row.add(value(mobility, column.key()));
        }
        row.add(mobility.id());
        row.add(mobility.status().code());
        return row;
    }

    private List<ImportColumn> columns(boolean personal) {
        return importTypes.byName("mobility").orElseThrow().columns().stream()
                .filter(column -> personal || !PERSONAL.contains(column.key())).toList();
    }

    private static Object value(Mobility mobility, String key) {
        MobilityPerson person = mobility.person();
        Object value = switch (key) {
            case "direction" -> mobility.direction();
            case "category" -> mobility.category();
            case "iscedLevel" -> mobility.iscedLevel();
            case "country" -> mobility.country();
            case "startDate" -> mobility.startDate();
            case "endDate" -> mobility.endDate();
            case "academicYear" -> mobility.academicYear();
            case "programme" -> mobility.programme();
            case "funding" -> mobility.funding();
            case "fundingBody" -> mobility.fundingBody();
            case "iscedField" -> mobility.iscedField();
            case "partnerId" -> mobility.partnerId();
            case "agreementId" -> mobility.agreementId();
            case "cancelled" -> mobility.cancelled() ? "yes" : "no";
            case "familyName" -> person == null ? null : person.familyName();
            case "givenName" -> person == null ? null : person.givenName();
            case "gender" -> person == null ? null : person.gender();
            case "nationality" -> person == null ? null : person.nationality();
            case "birthDate" -> person == null ? null : person.birthDate();
            case "email" -> person == null ? null : person.email();
            case "personIdentifier" -> person == null ? null : person.personIdentifier();
            default -> null;
        };
        return value instanceof Coded coded ? coded.code() : value;
    }
}
