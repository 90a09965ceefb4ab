package org.meridian.app.insight.bringin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.core.scholarly.generator.GeneratorSettings;

class LandscapeCacheTests {

    @TempDir
    Path folder;

    @Test
    void preparesTheAnalysisInTheBackgroundAndKeepsItUntilTheStoreChanges() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            GeneratedStore.ingest(store, new GeneratorSettings(3_000, 3, 2015, 2024, 60));
            LandscapeCache cache = new LandscapeCache(store);
            assertThat(cache.isCurrent()).isFalse();
            assertThat(cache.isCurrentNow()).isFalse();
            assertThat(cache.preparingSince()).as("nothing prepares it yet").isEmpty();

            cache.prepareInBackground().get(2, TimeUnit.MINUTES);

            assertThat(cache.isCurrent()).isTrue();
            assertThat(cache.isCurrentNow()).isTrue();
            assertThat(cache.preparingSince()).isEmpty();
            BringInAnalysis prepared = cache.current().orElseThrow();
            assertThat(prepared.landscape().units(org.meridian.core.landscape.UnitType.INSTITUTION)).hasSizeGreaterThan(10);

            GeneratedStore.ingest(store, new GeneratorSettings(3_000, 4, 2015, 2024, 60));
            assertThat(cache.isCurrentNow()).as("more works were ingested").isFalse();
            assertThat(cache.isCurrent()).as("more works were ingested").isFalse();
            assertThat(cache.current().orElseThrow()).isNotSameAs(prepared);
            assertThat(cache.isCurrent()).isTrue();
        }
    }

    @Test
    void aPreparationThatFailsSaysWhy() throws Exception {
        AnalyticsStore store = AnalyticsStore.open(folder.resolve("closed.duckdb"));
        store.close();

        assertThatThrownBy(() -> new LandscapeCache(store).prepareInBackground().get(1, TimeUnit.MINUTES))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("analytics store");
    }
}
