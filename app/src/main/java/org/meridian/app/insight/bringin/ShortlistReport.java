package org.meridian.app.insight.bringin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.meridian.app.reports.ReportDocument;
import org.meridian.core.matching.Factors;
import org.springframework.context.MessageSource;

/**
 * The recommended partners with their evidence as a report for a committee (XLSX or PDF), in the reader's language:
 * titles, column names, gap classes and every reason come from the message bundles.
 */
final class ShortlistReport {

    private final MessageSource messages;
    private final Locale locale;

    private ShortlistReport(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static ReportDocument of(PartnerAnswer partners, GapAnswer gaps, MessageSource messages, Locale locale) {
        return new ShortlistReport(messages, locale).document(partners, gaps);
    }

    private ReportDocument document(PartnerAnswer partners, GapAnswer gaps) {
        List<List<String>> rows = new ArrayList<>();
        for (PartnerAnswer.Item item : partners.items()) {
            Factors f = item.factors();
            rows.add(List.of(String.valueOf(item.rank()), item.institutionId(), item.name() == null ? "" : item.name(),
                    item.country() == null ? "" : item.country(), number(item.score()), number(f.strength()),
                    number(f.complementarity()), number(f.feasibility()), number(f.diversity()),
                    String.join("; ", item.fieldNames()), text(item.reasonCode(), item.reasonArguments(), item.reason())));
        }
        ReportDocument.Table table = new ReportDocument.Table(text("shortlist.partners"), columns("rank", "institution",
                "name", "country", "score", "strength", "complementarity", "feasibility", "diversity", "fields", "evidence"),
                rows, List.of(0, 4, 5, 6, 7, 8), text("shortlist.partners.none"));
        List<List<String>> targets = new ArrayList<>();
        for (GapAnswer.Field field : gaps.fields()) {
            field.classes().forEach(c -> targets.add(List.of(field.id(), field.name(),
                    text("bringIn.class." + c.gapClass().name()), text(c.code(), c.arguments(), c.reason()))));
        }
        ReportDocument.Table gapTable = new ReportDocument.Table(text("shortlist.gaps.table"),
                columns("field", "name", "class", "reason"), targets, List.of(), text("shortlist.gaps.none"));
        String targetNames = String.join(", ", partners.targetFields().stream().map(FieldRef::name).toList());
        List<ReportDocument.Section> sections = List.of(
                new ReportDocument.Section(text("shortlist.partners"), List.of(new ReportDocument.Paragraph(
                        text("shortlist.partners.note", List.of(String.valueOf(partners.weights()), targetNames), null)),
                        table)),
                new ReportDocument.Section(text("shortlist.gaps"), List.of(gapTable)));
        return new ReportDocument(text("shortlist.title", List.of(partners.home()), null),
                text("shortlist.period", List.of(String.valueOf(partners.period())), null),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), sections);
    }

    private List<String> columns(String... names) {
        List<String> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(text("shortlist.column." + name));
        }
        return columns;
    }

    private String text(String code) {
        return messages.getMessage(code, null, locale);
    }

    private String text(String code, List<String> arguments, String fallback) {
        return messages.getMessage(code, arguments.toArray(), fallback, locale);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
