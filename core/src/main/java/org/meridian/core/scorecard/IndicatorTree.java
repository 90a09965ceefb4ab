package org.meridian.core.scorecard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The theoretical framework of a composite indicator (OECD/JRC Handbook 2008, step 1): pillars and the indicators
 * under each. {@link #goingGlobalAndVoice()} is Meridian's influence–competitiveness–voice tree, kept as data in
 * {@code pillars.tsv} and {@code indicators.tsv} beside this class (definitions in English and Chinese).
 */
public record IndicatorTree(List<Pillar> pillars) {

    public IndicatorTree {
        pillars = List.copyOf(pillars);
        Set<String> ids = new HashSet<>();
        for (Pillar pillar : pillars) {
            if (!ids.add(pillar.id())) {
                throw new IllegalArgumentException("duplicate id " + pillar.id());
            }
            for (Indicator indicator : pillar.indicators()) {
                if (!ids.add(indicator.id())) {
                    throw new IllegalArgumentException("duplicate id " + indicator.id());
                }
            }
        }
    }

    /** The influence, competitiveness and voice tree shipped with Meridian. */
    public static IndicatorTree goingGlobalAndVoice() {
        try (InputStream pillars = IndicatorTree.class.getResourceAsStream("pillars.tsv");
                InputStream indicators = IndicatorTree.class.getResourceAsStream("indicators.tsv")) {
            return read(new InputStreamReader(pillars, StandardCharsets.UTF_8),
                    new InputStreamReader(indicators, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a tree from two tab-separated files with a header line each:
     * {@code id, name_en, name_zh, definition_en, definition_zh} for pillars and
     * {@code pillar_id, id, direction, unit, source, name_en, name_zh, definition_en, definition_zh} for indicators
     * ({@code direction} is {@code higher} or {@code lower}). Order of rows is the order of the tree.
     */
    public static IndicatorTree read(Reader pillarsTsv, Reader indicatorsTsv) {
        Map<String, List<Indicator>> byPillar = new LinkedHashMap<>();
        for (String[] row : tabSeparated(indicatorsTsv, 9)) {
            Direction direction = switch (row[2]) {
                case "higher" -> Direction.HIGHER_IS_BETTER;
                case "lower" -> Direction.LOWER_IS_BETTER;
                default -> throw new IllegalArgumentException("direction must be higher or lower: " + row[2]);
            };
            byPillar.computeIfAbsent(row[0], key -> new ArrayList<>()).add(new Indicator(row[1], row[0],
                    new BilingualText(row[5], row[6]), new BilingualText(row[7], row[8]), row[4], direction, row[3]));
        }
        List<Pillar> pillars = new ArrayList<>();
        for (String[] row : tabSeparated(pillarsTsv, 5)) {
            pillars.add(new Pillar(row[0], new BilingualText(row[1], row[2]), new BilingualText(row[3], row[4]),
                    byPillar.getOrDefault(row[0], List.of())));
            byPillar.remove(row[0]);
        }
        if (!byPillar.isEmpty()) {
            throw new IllegalArgumentException("indicators under unknown pillars: " + byPillar.keySet());
        }
        return new IndicatorTree(pillars);
    }

    /** All indicators in tree order. */
    public List<Indicator> indicators() {
        return pillars.stream().flatMap(pillar -> pillar.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators().stream().filter(indicator -> indicator.id().equals(id)).findFirst();
    }

    /** The same tree without the indicators not listed; pillars left empty are dropped. */
    public IndicatorTree restrictedTo(Set<String> indicatorIds) {
        List<Pillar> kept = new ArrayList<>();
        for (Pillar pillar : pillars) {
            List<Indicator> indicators = pillar.indicators().stream()
                    .filter(indicator -> indicatorIds.contains(indicator.id())).toList();
            if (!indicators.isEmpty()) {
                kept.add(new Pillar(pillar.id(), pillar.name(), pillar.definition(), indicators));
            }
        }
        return new IndicatorTree(kept);
    }

    private static List<String[]> tabSeparated(Reader reader, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalArgumentException("expected " + columns + " tab-separated columns: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
