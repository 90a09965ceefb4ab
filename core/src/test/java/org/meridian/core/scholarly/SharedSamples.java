package org.meridian.core.scholarly;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real OpenAlex records shipped beside the repository in {@code shared/data/openalex-works}. */
final class SharedSamples {

    private SharedSamples() {
    }

    static Path openAlexWorks(String file) {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/data/openalex-works").resolve(file);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/openalex-works/" + file + " not found above " + Path.of("").toAbsolutePath());
    }
}
