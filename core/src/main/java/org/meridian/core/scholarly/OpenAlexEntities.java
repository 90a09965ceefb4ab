package org.meridian.core.scholarly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the names from OpenAlex {@code institutions} and {@code topics} entity files (JSON Lines, gzip or
 * plain): an institution's id, display name, ROR, country and type; a topic's place in the taxonomy. Lines
 * that do not parse are counted as {@link ProblemKind#MALFORMED_JSON} and skipped.
 */
public final class OpenAlexEntities {

    private static final KeyTable INSTITUTION_KEYS = new KeyTable("id", "display_name", "ror", "country_code", "type");
    private static final KeyTable TOPIC_KEYS = new KeyTable("id", "display_name", "subfield", "field", "domain");
    private static final KeyTable ID_AND_NAME_KEYS = new KeyTable("id", "display_name");

    private OpenAlexEntities() {
    }

    public static void readInstitutions(WorkFile file, Consumer<Affiliation> sink, ProblemTally problems) throws IOException {
        forEachLine(file, problems, scanner -> {
            String[] values = new String[5];
            object(scanner, INSTITUTION_KEYS, (code, s) -> values[code] = stringOrNull(s, code == 0));
            if (values[0] != null) {
                sink.accept(new Affiliation(values[0], values[2], values[3], values[4], values[1]));
            }
        });
    }

    public static void readTopics(WorkFile file, Consumer<TopicTaxon> sink, ProblemTally problems) throws IOException {
        forEachLine(file, problems, scanner -> {
            String[] values = new String[8];
            object(scanner, TOPIC_KEYS, (code, s) -> {
                if (code <= 1) {
                    values[code] = stringOrNull(s, code == 0);
                } else {
                    int at = 2 * code - 2;
                    object(s, ID_AND_NAME_KEYS, (part, level) -> values[at + part] = stringOrNull(level, part == 0));
                }
            });
            if (values[0] != null) {
                sink.accept(new TopicTaxon(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                        values[7]));
            }
        });
    }

    private interface LineAction {
        void parse(JsonScanner scanner);
    }

    private interface MemberAction {
        void member(int code, JsonScanner scanner);
    }

    private static void forEachLine(WorkFile file, ProblemTally problems, LineAction action) throws IOException {
        try (InputStream raw = new PushbackInputStream(Files.newInputStream(file.path()), 2)) {
            PushbackInputStream pushback = (PushbackInputStream) raw;
            byte[] magic = pushback.readNBytes(2);
            pushback.unread(magic);
            InputStream text = magic.length == 2 && (magic[0] & 0xFF) == 0x1f && (magic[1] & 0xFF) == 0x8b
                    ? new GZIPInputStream(pushback, 1 << 16) : pushback;
            BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8));
            JsonScanner scanner = new JsonScanner();
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                scanner.reset(bytes, 0);
                try {
                    action.parse(scanner);
                } catch (JsonScanner.MalformedJson malformed) {
                    problems.report(ProblemKind.MALFORMED_JSON, file.path().toString(), number, malformed.getMessage());
                }
            }
        }
    }

    private static void object(JsonScanner s, KeyTable keys, MemberAction action) {
        if (s.nullValue()) {
            return;
        }
        s.expect('{');
        if (s.peek() == '}') {
            s.position++;
            return;
        }
        do {
            s.key();
            int code = keys.code(s);
            if (code >= 0) {
                action.member(code, s);
            } else {
                s.skipValue();
            }
        } while (s.more('}'));
    }

    private static String stringOrNull(JsonScanner s, boolean shortId) {
        if (s.peek() != '"') {
            s.skipValue();
            return null;
        }
        s.string();
        return shortId ? s.shortId() : s.text();
    }
}
