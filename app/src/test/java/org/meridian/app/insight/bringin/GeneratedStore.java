package org.meridian.app.insight.bringin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.scholarly.IngestOptions;
import org.meridian.app.scholarly.IngestingOpenAlex;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SnapshotWriter;

/**
 * Fills an analytics store with generated works, once per store and settings: the snapshot is written to a
 * temporary folder and ingested like a real one (a second ingest of the same files is skipped by the store).
 */
final class GeneratedStore {

    /** 12,000 works by 150 institutions, 2015 to 2024, seed 5: small enough to tally in about a second. */
    static final GeneratorSettings SMALL = new GeneratorSettings(12_000, 5, 2015, 2024, 150);

    private GeneratedStore() {
    }

    static void ingest(AnalyticsStore store, GeneratorSettings settings) throws Exception {
        Path folder = Files.createTempDirectory("bring-in-works");
        new SnapshotWriter(1, List.of("2025-01-01"), 1).write(folder, settings);
        new IngestingOpenAlex(store, IngestOptions.defaults()).ingest(folder, reading -> {
        });
    }

    /** The institution with the most works over the landscape's years. */
    static Unit largestInstitution(Landscape landscape) {
        return landscape.units(UnitType.INSTITUTION).stream()
                .max(Comparator.comparingDouble((Unit unit) -> landscape.outputs(UnitType.INSTITUTION,
                        List.of(unit.id()), FieldLevel.FIELD, landscape.years().orElseThrow()).total().p()))
                .orElseThrow();
    }
}
