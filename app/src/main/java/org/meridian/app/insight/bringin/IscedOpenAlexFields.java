package org.meridian.app.insight.bringin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which OpenAlex fields publish the research of an ISCED-F 2013 field, from the shipped correspondence
 * {@code insight/isced-openalex-fields.csv} (see its SOURCE.md). A code maps through its longest listed prefix;
 * broad fields, generic programmes and services have no mapping.
 */
public final class IscedOpenAlexFields {

    private static final IscedOpenAlexFields SHIPPED = read();

    private final Map<String, List<String>> fieldsByCode;

    IscedOpenAlexFields(Map<String, List<String>> fieldsByCode) {
        this.fieldsByCode = Map.copyOf(fieldsByCode);
    }

    public static IscedOpenAlexFields shipped() {
        return SHIPPED;
    }

    /** The OpenAlex field ids of an ISCED code, or empty when the code has no mapping. */
    public Optional<List<String>> openAlexFields(String iscedCode) {
        if (iscedCode == null) {
            return Optional.empty();
        }
        for (int length = iscedCode.trim().length(); length >= 3; length--) {
            List<String> fields = fieldsByCode.get(iscedCode.trim().substring(0, length));
            if (fields != null) {
                return Optional.of(fields);
            }
        }
        return Optional.empty();
    }

    /**
     * The ISCED codes (the most specific listed) whose research the OpenAlex field publishes, in file order; a
     * code is left out when a longer code under it maps to the field too.
     */
    public List<String> iscedCodes(String openAlexFieldId) {
        List<String> codes = fieldsByCode.entrySet().stream().filter(e -> e.getValue().contains(openAlexFieldId))
                .map(Map.Entry::getKey).sorted().toList();
        return codes.stream().filter(code -> codes.stream()
                .noneMatch(other -> other.length() > code.length() && other.startsWith(code))).toList();
    }

    private static IscedOpenAlexFields read() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        try (InputStream in = IscedOpenAlexFields.class.getResourceAsStream("/insight/isced-openalex-fields.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", 3);
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    fields.put(cells[0].trim(), List.of(cells[1].trim().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IscedOpenAlexFields(fields);
    }
}
