package org.meridian.core.scholarly;

import java.io.IOException;

/** Receives the works of a file in line order. */
@FunctionalInterface
public interface WorkSink {

    void accept(Work work, long line) throws IOException;
}
