package org.meridian.app.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.meridian.app.reports.ReportDocument.BarChart;
import org.meridian.app.reports.ReportDocument.Block;
import org.meridian.app.reports.ReportDocument.KeyFigures;
import org.meridian.app.reports.ReportDocument.Section;
import org.meridian.app.reports.ReportDocument.Series;
import org.meridian.app.reports.ReportDocument.Table;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link ReportDocument} as an A4 PDF with an embedded CJK font, so Chinese and English text
 * both display and can be searched and copied. Charts are drawn as vector graphics.
 */
@Component
public class PdfReportWriter {

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf7);
    private static final Color[] SERIES_COLOURS = { new Color(0x1d, 0x4e, 0x89), new Color(0xd9, 0x7b, 0x29),
            new Color(0x2e, 0x8b, 0x57), new Color(0x8e, 0x44, 0xad), new Color(0xc0, 0x39, 0x2b) };

    private final BaseFont font;

    public PdfReportWriter() {
        this.font = loadFont();
    }

    public void write(ReportDocument report, OutputStream out) {
        Document document = new Document(PageSize.A4, 50, 50, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addCreator("Meridian");
            document.open();
            document.add(paragraph(report.title(), 20, INK, 4));
            if (report.subtitle() != null) {
                document.add(paragraph(report.subtitle(), 12, MUTED, 2));
            }
            document.add(paragraph(report.generatedAt(), 9, MUTED, 14));
            for (Section section : report.sections()) {
                document.add(paragraph(section.heading(), 14, INK, 6));
                for (Block block : section.blocks()) {
                    addBlock(document, writer, block);
                }
            }
            document.close();
        }
        catch (DocumentException failure) {
            throw new IllegalStateException("cannot write the PDF report", failure);
        }
    }

    private void addBlock(Document document, PdfWriter writer, Block block) throws DocumentException {
        if (block instanceof ReportDocument.Paragraph text) {
            document.add(paragraph(text.text(), 10, INK, 6));
        }
        else if (block instanceof KeyFigures figures) {
            document.add(keyFigures(figures));
        }
        else if (block instanceof Table table) {
            addTable(document, table);
        }
        else if (block instanceof BarChart chart) {
            addChart(document, writer, chart);
        }
    }

    private Paragraph paragraph(String text, float size, Color colour, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, new Font(font, size, Font.NORMAL, colour));
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private PdfPTable keyFigures(KeyFigures figures) {
        int columns = Math.max(1, Math.min(4, figures.figures().size()));
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        for (ReportDocument.KeyFigure figure : figures.figures()) {
            Phrase phrase = new Phrase();
            phrase.add(new Chunk(figure.value() + "\n", new Font(font, 16, Font.NORMAL, INK)));
            phrase.add(new Chunk(figure.label(), new Font(font, 8, Font.NORMAL, MUTED)));
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorderColor(RULE);
            cell.setPadding(6);
            table.addCell(cell);
        }
        int remainder = figures.figures().size() % columns;
        for (int i = 0; remainder != 0 && i < columns - remainder; i++) {
            PdfPCell filler = new PdfPCell(new Phrase(""));
            filler.setBorder(0);
            table.addCell(filler);
        }
        return table;
    }

    private void addTable(Document document, Table table) throws DocumentException {
        if (table.caption() != null) {
            document.add(paragraph(table.caption(), 10, MUTED, 3));
        }
        if (table.rows().isEmpty()) {
            document.add(paragraph(table.emptyText() == null ? "—" : table.emptyText(), 9, MUTED, 8));
            return;
        }
        PdfPTable pdfTable = new PdfPTable(table.header().size());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSpacingAfter(10);
        for (int column = 0; column < table.header().size(); column++) {
            PdfPCell cell = cell(table.header().get(column), table.numericColumns().contains(column), 8.5f);
            cell.setBackgroundColor(HEADER_FILL);
            pdfTable.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (int column = 0; column < table.header().size(); column++) {
                String value = column < row.size() ? row.get(column) : "";
                pdfTable.addCell(cell(value, table.numericColumns().contains(column), 8.5f));
            }
        }
        document.add(pdfTable);
    }

    private PdfPCell cell(String text, boolean numeric, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, new Font(font, size, Font.NORMAL, INK)));
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** Grouped vertical bars with a value axis from 0 to the largest value, legend below. */
    private void addChart(Document document, PdfWriter writer, BarChart chart) throws DocumentException {
        if (chart.caption() != null) {
            document.add(paragraph(chart.caption(), 10, MUTED, 3));
        }
        float width = document.right() - document.left();
        float height = 170;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        double max = chart.series().stream().flatMap(series -> series.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        float left = 40;
        float bottom = 34;
        float plotWidth = width - left - 6;
        float plotHeight = height - bottom - 8;
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.5f);
        int ticks = 4;
        for (int tick = 0; tick <= ticks; tick++) {
            float y = bottom + plotHeight * tick / ticks;
            canvas.moveTo(left, y);
            canvas.lineTo(left + plotWidth, y);
            canvas.stroke();
            text(canvas, formatAxis(max * tick / ticks), left - 4, y - 3, 7, PdfContentByte.ALIGN_RIGHT);
        }
        int categories = chart.categories().size();
        int seriesCount = chart.series().size();
        if (categories > 0 && seriesCount > 0) {
            float slot = plotWidth / categories;
            float barWidth = slot * 0.7f / seriesCount;
            for (int category = 0; category < categories; category++) {
                float slotLeft = left + slot * category + slot * 0.15f;
                for (int s = 0; s < seriesCount; s++) {
                    Series series = chart.series().get(s);
                    double value = category < series.values().size() ? series.values().get(category) : 0;
                    float barHeight = max > 0 ? (float) (plotHeight * value / max) : 0;
                    canvas.setColorFill(SERIES_COLOURS[s % SERIES_COLOURS.length]);
                    canvas.rectangle(slotLeft + barWidth * s, bottom, barWidth * 0.92f, barHeight);
                    canvas.fill();
                }
                text(canvas, chart.categories().get(category), left + slot * category + slot / 2, bottom - 10, 7,
                        PdfContentByte.ALIGN_CENTER);
            }
        }
        float legendX = left;
        for (int s = 0; s < seriesCount; s++) {
            canvas.setColorFill(SERIES_COLOURS[s % SERIES_COLOURS.length]);
            canvas.rectangle(legendX, 4, 8, 8);
            canvas.fill();
            String name = chart.series().get(s).name();
            text(canvas, name, legendX + 11, 5, 8, PdfContentByte.ALIGN_LEFT);
            legendX += 24 + font.getWidthPoint(name, 8);
        }
        Image image = Image.getInstance(canvas);
        image.setSpacingAfter(10);
        document.add(image);
    }

    private void text(PdfContentByte canvas, String text, float x, float y, float size, int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(MUTED);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    private static String formatAxis(double value) {
        return value >= 1000 ? String.format("%,.0f", value) : value == Math.rint(value)
                ? String.valueOf((long) value) : String.format("%.2f", value);
    }

    private static BaseFont loadFont() {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                throw new IllegalStateException("the report font fonts/wqy-microhei.ttc is missing from the build");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (DocumentException failure) {
            throw new IllegalStateException("cannot load the report font", failure);
        }
    }
}
