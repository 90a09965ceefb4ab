package org.meridian.app.imports;

/** Where an import is, for a progress bar. Called from the importing thread. */
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {
    };

    /**
     * @param phase what the importer does now
     * @param done rows finished in this phase
     * @param total rows of the file (0 while reading)
     */
    void at(Phase phase, int done, int total);

    enum Phase {
        QUEUED, READING, VALIDATING, WRITING, FINISHED
    }
}
