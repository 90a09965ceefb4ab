package org.meridian.core.scholarly;

/** Told after each chunk a reader has parsed; the numbers are increments since the previous call. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (fileBytes, jsonBytes, works) -> { };

    /**
     * @param fileBytes bytes of the file as stored (compressed where it is)
     * @param jsonBytes bytes of JSON Lines text after decompression
     * @param works     works handed to the sink
     */
    void advanced(long fileBytes, long jsonBytes, long works);
}
