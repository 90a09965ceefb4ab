package org.meridian.app.insight.bringin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.meridian.app.scholarly.AnalyticsStore;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the analytics store for a command and tallies its works, or explains that there are none. */
final class StoreAnswers {

    private StoreAnswers() {
    }

    static BringInAnswers open(CommandSpec spec, Path store) throws Exception {
        if (!Files.exists(store)) {
            throw new ParameterException(spec.commandLine(), "No analytics store at " + store.toAbsolutePath()
                    + ". Load works first: ./meridian ingest openalex PATH");
        }
        try (AnalyticsStore opened = AnalyticsStore.open(store)) {
            return new LandscapeCache(opened).current().map(BringInAnswers::new)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "The analytics store " + store
                            + " holds no works. Load some first: ./meridian ingest openalex PATH"));
        }
    }

    static RecordedDemandMapping.Mapped noRecords() {
        return new RecordedDemandMapping.Mapped(java.util.List.of(), java.util.List.of());
    }
}
