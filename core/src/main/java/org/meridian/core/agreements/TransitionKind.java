package org.meridian.core.agreements;

/** How a status change comes about. */
public enum TransitionKind {
    /** An officer asks for it. */
    BY_HAND("by hand"),
    /** The calendar decides it from the end date and the expiring window. */
    BY_CALENDAR("from the end date"),
    /** Creating a successor agreement renews its predecessor. */
    BY_RENEWAL("by renewal");

    private final String description;

    TransitionKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The stable code: {@code by-hand}, {@code by-calendar}, {@code by-renewal}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
