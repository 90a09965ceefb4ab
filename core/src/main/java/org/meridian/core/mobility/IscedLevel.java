package org.meridian.core.mobility;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tertiary levels of the International Standard Classification of Education 2011 (UNESCO UIS, ISCED 2011,
 * §§ 248-305): the level a mobile student studies at. Its stable code is the level number.
 */
public enum IscedLevel {
    /** ISCED 5, short-cycle tertiary education (e.g. a Chinese 专科 programme). */
    SHORT_CYCLE_TERTIARY(5, "short-cycle tertiary"),
    /** ISCED 6, bachelor's or equivalent. */
    BACHELOR(6, "bachelor's or equivalent"),
    /** ISCED 7, master's or equivalent. */
    MASTER(7, "master's or equivalent"),
    /** ISCED 8, doctoral or equivalent. */
    DOCTORAL(8, "doctoral or equivalent");

    private final int level;
    private final String label;

    IscedLevel(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static Optional<IscedLevel> of(int level) {
        return Arrays.stream(values()).filter(value -> value.level == level).findFirst();
    }
}
