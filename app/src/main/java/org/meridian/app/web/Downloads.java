package org.meridian.app.web;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.meridian.app.InvalidInput;
import org.meridian.app.imports.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * File downloads of the UI: exports of list views, import templates and reports. File names may be Chinese
 * (sent as RFC 6266 {@code filename*}).
 */
public final class Downloads {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /**
     * A table as {@code csv} or {@code xlsx}, e.g. from a list page's export endpoint:
     * {@code Downloads.table("partners", format, headers, rows)}.
     */
    public static ResponseEntity<StreamingResponseBody> table(String baseName, String format, List<String> headers,
            Iterable<? extends List<?>> rows) {
        return file(baseName, format, out -> {
            if ("xlsx".equals(format)) {
                TableExport.xlsx(baseName, headers, rows, out);
            }
            else {
                TableExport.csv(headers, rows, out);
            }
        });
    }

    /** A file written by {@code writer} as {@code baseName.format}; the format is csv or xlsx. */
    public static ResponseEntity<StreamingResponseBody> file(String baseName, String format,
            Consumer<OutputStream> writer) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw InvalidInput.of("format", "must be csv or xlsx");
        }
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(baseName + "." + format, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType("xlsx".equals(format) ? XLSX : CSV)
                .body(writer::accept);
    }
}
