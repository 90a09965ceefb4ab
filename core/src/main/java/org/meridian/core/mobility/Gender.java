package org.meridian.core.mobility;

import org.meridian.core.vocabulary.Coded;

/** A mobile person's gender as they declared it; optional, so undisclosed means absent. */
public enum Gender implements Coded {
    FEMALE("female"),
    MALE("male"),
    OTHER("other");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
