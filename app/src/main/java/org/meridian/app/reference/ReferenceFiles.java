package org.meridian.app.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.meridian.core.reference.CsvRows;
import org.springframework.core.io.ClassPathResource;

/** The data files shipped under {@code classpath:reference/} (see SOURCE.md there); {@code .gz} files unpacked. */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static Reader open(String name) {
        try {
            InputStream in = new ClassPathResource("reference/" + name).getInputStream();
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot read reference/" + name, failure);
        }
    }

    static List<CsvRows.Row> rows(String name) {
        try (Reader reader = open(name)) {
            return CsvRows.readAll(reader);
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot read reference/" + name, failure);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
