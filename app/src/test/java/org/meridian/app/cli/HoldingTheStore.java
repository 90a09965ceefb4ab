package org.meridian.app.cli;

import java.nio.file.Path;

import org.meridian.app.scholarly.AnalyticsStore;

/** A child process that holds an analytics store, as the running server does, until its input ends. */
final class HoldingTheStore {

    private HoldingTheStore() {
    }

    public static void main(String[] args) throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.path());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
