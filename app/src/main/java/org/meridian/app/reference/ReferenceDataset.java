package org.meridian.app.reference;

/**
 * One shipped dataset that the {@link ReferenceDataLoader} loads. Loading adds what is missing and changes
 * nothing that is there, so loading twice leaves the same rows; raise the version when the shipped files change
 * so that existing installations load again.
 */
abstract class ReferenceDataset {

    private final String name;
    private final int version;

    ReferenceDataset(String name, int version) {
        this.name = name;
        this.version = version;
    }

    String name() {
        return name;
    }

    int version() {
        return version;
    }

    /**
     * Whether the dataset commits its own rows in chunks instead of running in one transaction: a large dataset
     * does, since one transaction of 100,000 rows costs the embedded database more to commit than to insert.
     * Interrupted half-way, the next start adds the rest, as loading adds only what is missing.
     */
    boolean commitsInChunks() {
        return false;
    }

    /** Adds the missing rows; answers how many rows the dataset has in all. */
    abstract int load();
}
