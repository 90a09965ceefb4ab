package org.meridian.app.scholarly;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real OpenAlex records that the repository ships in {@code samples/openalex-works} (see its SOURCE.md). */
public final class SharedSamples {

    private SharedSamples() {
    }

    public static Path openAlexWorks(String file) {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("samples/openalex-works").resolve(file);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/openalex-works/" + file + " not found above " + Path.of("").toAbsolutePath());
    }
}
