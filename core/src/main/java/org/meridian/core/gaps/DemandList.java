package org.meridian.core.gaps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Taxonomy;

/**
 * A list of fields in demand, with its stated source: a national priority list, an institution's own list, a
 * ministry's call. Its fields sit at one level; a field of a coarser level is covered when one of its listed
 * descendants is, a field of a finer level when its ancestor is.
 */
public record DemandList(String name, String source, FieldLevel level, List<DemandArea> areas) {

    /** Where {@link #chinaNationalPriorities()} comes from; the resource's SOURCE.md says more. */
    public static final String CHINA_SOURCE = "Outline of the 14th Five-Year Plan (2021-2025) of the People's Republic "
            + "of China, Chapter 4, Box 2 'Frontier areas of science and technology' (adopted 11 March 2021), plus "
            + "education technology and STEM education added by Meridian; mapping to OpenAlex subfields is "
            + "Meridian's own judgement";

    public DemandList {
        areas = List.copyOf(areas);
    }

    /** China's national priority areas mapped to OpenAlex subfields (resource {@code china-national-priorities.csv}). */
    public static DemandList chinaNationalPriorities() {
        try (InputStream in = DemandList.class.getResourceAsStream("china-national-priorities.csv")) {
            if (in == null) {
                throw new IllegalStateException("china-national-priorities.csv is missing from the classpath");
            }
            return read("China national priorities", CHINA_SOURCE, FieldLevel.SUBFIELD,
                    new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads CSV rows {@code area_en,area_zh,field_id,...} (a header line first; quoted values allowed). */
    public static DemandList read(String name, String source, FieldLevel level, Reader csv) throws IOException {
        Map<String, String> localNames = new LinkedHashMap<>();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        lines.readLine();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            List<String> values = splitCsv(line);
            localNames.putIfAbsent(values.get(0), values.get(1));
            fields.computeIfAbsent(values.get(0), k -> new LinkedHashSet<>()).add(values.get(2));
        }
        List<DemandArea> areas = new ArrayList<>();
        fields.forEach((area, ids) -> areas.add(new DemandArea(area, localNames.get(area), ids)));
        return new DemandList(name, source, level, areas);
    }

    /** A list of one area, named after the list: an institution's own priorities. */
    public static DemandList of(String name, String source, FieldLevel level, Collection<String> fieldIds) {
        return new DemandList(name, source, level, List.of(new DemandArea(name, null, Set.copyOf(fieldIds))));
    }

    /** The areas that cover the field {@code fieldId} of {@code fieldLevel}. */
    public List<DemandArea> areasCovering(Taxonomy taxonomy, FieldLevel fieldLevel, String fieldId) {
        List<DemandArea> covering = new ArrayList<>();
        for (DemandArea area : areas) {
            boolean covers;
            if (fieldLevel == level) {
                covers = area.fieldIds().contains(fieldId);
            } else if (level.isFinerThan(fieldLevel)) {
                covers = area.fieldIds().stream()
                        .anyMatch(listed -> fieldId.equals(taxonomy.ancestorId(level, listed, fieldLevel)));
            } else {
                covers = area.fieldIds().contains(taxonomy.ancestorId(fieldLevel, fieldId, level));
            }
            if (covers) {
                covering.add(area);
            }
        }
        return covering;
    }

    private static List<String> splitCsv(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                value.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }
}
