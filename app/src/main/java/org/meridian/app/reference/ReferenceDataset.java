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

    /** Adds the missing rows; answers how many rows the dataset has in all. */
    abstract int load();
}
