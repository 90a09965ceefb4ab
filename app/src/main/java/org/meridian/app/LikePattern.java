package org.meridian.app;

/**
 * SQL {@code like} patterns from user text, with {@code %}, {@code _} and {@code \} escaped so they match
 * themselves. Use them as {@code column like :pattern escape '\'}, which H2 and PostgreSQL both understand.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches values containing {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** Matches values starting with {@code text}. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
