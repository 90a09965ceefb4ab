package org.meridian.app.reports;

import java.util.List;

/**
 * A report as content, independent of its file format: a title page line, then sections of blocks. The
 * PDF and XLSX writers render the same document, so the two files always hold the same figures.
 *
 * @param generatedAt the one line that may differ between two reports of the same data
 */
public record ReportDocument(String title, String subtitle, String generatedAt, List<Section> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    public record Section(String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Paragraph, KeyFigures, Table, BarChart {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A few headline numbers shown large, e.g. "Active agreements: 42". */
    public record KeyFigures(List<KeyFigure> figures) implements Block {

        public KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    public record KeyFigure(String label, String value) {
    }

    /**
     * A table of text cells. {@code numericColumns} are right-aligned; an empty table is rendered as its
     * {@code emptyText}.
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numericColumns,
            String emptyText) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numericColumns = List.copyOf(numericColumns);
        }
    }

    /** Grouped bars: one value per category and series (for example inbound and outbound per year). */
    public record BarChart(String caption, List<String> categories, List<Series> series) implements Block {

        public BarChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
