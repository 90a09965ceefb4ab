package org.meridian.core.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.meridian.core.vocabulary.Coded;

/**
 * How close the home institution works with a partner, from loosest to closest (the declaration order is the
 * order; {@link #rank()} gives it as a number).
 * <ul>
 * <li>{@code prospective}: identified as a possible partner, not yet approached.</li>
 * <li>{@code contact}: in touch (visits, talks), no agreement in force.</li>
 * <li>{@code partner}: cooperation under at least one agreement or regular joint activity.</li>
 * <li>{@code strategic}: a priority partner chosen by the institution's leadership, with several lines of
 * cooperation.</li>
 * </ul>
 */
public enum RelationshipLevel implements Coded {
    PROSPECTIVE, CONTACT, PARTNER, STRATEGIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 1 for prospective up to 4 for strategic. */
    public int rank() {
        return ordinal() + 1;
    }

    public static Optional<RelationshipLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }
}
