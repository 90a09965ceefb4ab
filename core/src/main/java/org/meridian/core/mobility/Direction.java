package org.meridian.core.mobility;

import org.meridian.core.vocabulary.Coded;

/** Which way a person moves, seen from the home institution. */
public enum Direction implements Coded {
    /** A person of a partner institution comes to the home institution. */
    INBOUND("inbound"),
    /** A person of the home institution goes to a partner institution or country. */
    OUTBOUND("outbound");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
