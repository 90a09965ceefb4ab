package org.meridian.core.landscape;

import java.util.function.Consumer;

import org.meridian.core.scholarly.Work;

/**
 * Works that can be read more than once, in full each time: a list in memory, or a store
 * queried again, so that a tally of millions of works need not hold them all.
 */
@FunctionalInterface
public interface WorkPasses {

    /** Hands every work to {@code action}. */
    void forEach(Consumer<? super Work> action);
}
