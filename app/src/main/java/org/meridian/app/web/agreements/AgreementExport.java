package org.meridian.app.web.agreements;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.meridian.app.agreements.AgreementFilter;
import org.meridian.app.agreements.AgreementParty;
import org.meridian.app.agreements.Agreements;
import org.meridian.app.web.Downloads;
import org.meridian.app.web.ListView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every agreement a list view matches (all pages), as a CSV or XLSX table with headers in the page's language. */
@Component
class AgreementExport {

    private static final List<String> EXPORTED = List.of("title", "type", "status", "partners", "countries",
            "signingDate", "startDate", "endDate", "iscedFields", "notes");

    private final Agreements agreements;
    private final MessageSource messages;

    AgreementExport(Agreements agreements, MessageSource messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    ResponseEntity<StreamingResponseBody> table(ListView view, AgreementFilter filter, String format, Locale locale) {
        List<List<Object>> rows = view.everyPage(query -> agreements.find(filter, query)).stream()
                .map(agreement -> List.<Object>of(agreement.title(), agreement.type().code(),
                        agreement.status().code(),
                        agreement.parties().stream().map(AgreementParty::partnerName)
                                .collect(Collectors.joining("; ")),
                        agreement.parties().stream().map(party -> party.country() == null ? "" : party.country())
                                .distinct().collect(Collectors.joining("; ")),
                        text(agreement.signingDate()), text(agreement.startDate()), text(agreement.endDate()),
                        String.join(", ", agreement.iscedFields()), text(agreement.notes())))
                .toList();
        List<String> headers = EXPORTED.stream()
                .map(field -> messages.getMessage("agreement.field." + field, null, locale)).toList();
        return Downloads.table(messages.getMessage("agreement.export.fileName", null, locale), format, headers,
                rows);
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
