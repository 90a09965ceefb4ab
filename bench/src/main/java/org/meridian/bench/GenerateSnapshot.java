package org.meridian.bench;

import java.nio.file.Path;
import java.util.List;

import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SnapshotWriter;

/**
 * Writes a generated OpenAlex snapshot tree.
 * {@code GenerateSnapshot --works 1000000 --parts 8 --seed 42 --level 6 --out target/snapshot}
 */
public final class GenerateSnapshot {

    private GenerateSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        long works = arguments.number("--works", 1_000_000);
        Path out = Path.of(arguments.text("--out", "target/snapshot-" + works));
        write(out, works, (int) arguments.number("--parts", 8), arguments.number("--seed", 42),
                (int) arguments.number("--level", 6));
    }

    static void write(Path out, long works, int parts, long seed, int level) throws Exception {
        long started = System.nanoTime();
        new SnapshotWriter(parts, List.of("2025-01-01", "2025-02-01"), level).write(out, GeneratorSettings.of(works, seed));
        System.out.printf("wrote %,d works in %d parts to %s in %.1f s%n", works, parts, out, (System.nanoTime() - started) / 1e9);
    }
}
