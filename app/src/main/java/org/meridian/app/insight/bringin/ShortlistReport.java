package org.meridian.app.insight.bringin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.meridian.app.reports.ReportDocument;
import org.meridian.core.matching.Factors;

/** The recommended partners with their evidence as a report for a committee (XLSX or PDF). */
final class ShortlistReport {

    private ShortlistReport() {
    }

    static ReportDocument of(PartnerAnswer partners, GapAnswer gaps) {
        List<List<String>> rows = new ArrayList<>();
        for (PartnerAnswer.Item item : partners.items()) {
            Factors f = item.factors();
            rows.add(List.of(String.valueOf(item.rank()), item.institutionId(), item.name() == null ? "" : item.name(),
                    item.country() == null ? "" : item.country(), number(item.score()), number(f.strength()),
                    number(f.complementarity()), number(f.feasibility()), number(f.diversity()),
                    String.join("; ", item.fieldNames()), item.reason()));
        }
        ReportDocument.Table table = new ReportDocument.Table("Recommended partners", List.of("rank", "institution",
                "name", "country", "score", "strength", "complementarity", "feasibility", "diversity", "fields covered",
                "evidence"), rows, List.of(0, 4, 5, 6, 7, 8), "No partner to recommend");
        List<List<String>> targets = new ArrayList<>();
        for (GapAnswer.Field field : gaps.fields()) {
            field.classes().forEach(c -> targets.add(List.of(field.id(), field.name(),
                    c.gapClass().name().toLowerCase(Locale.ROOT), c.reason())));
        }
        ReportDocument.Table gapTable = new ReportDocument.Table("Gap map", List.of("field", "name", "class", "reason"),
                targets, List.of(), "No field classed");
        List<ReportDocument.Section> sections = List.of(
                new ReportDocument.Section("Recommended partners", List.of(new ReportDocument.Paragraph(
                        "Factors are in [0, 1]; weights " + partners.weights() + ". Target fields: "
                                + String.join(", ", partners.targetFields().stream().map(FieldRef::name).toList())),
                        table)),
                new ReportDocument.Section("Why: the gap map", List.of(gapTable)));
        return new ReportDocument("Bring in: shortlist for " + partners.home(), "Works " + partners.period(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), sections);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
