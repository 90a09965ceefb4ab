package org.meridian.core.agreements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.meridian.core.vocabulary.Coded;

/**
 * Where an agreement stands in its life. {@link AgreementLifecycle} says which status may follow which.
 * <ul>
 * <li>{@code draft}: being written; binds nobody.</li>
 * <li>{@code negotiating}: sent to the partners, terms under discussion.</li>
 * <li>{@code active}: signed and in force.</li>
 * <li>{@code expiring}: in force, and its end date is within the expiring window (default 180 days).</li>
 * <li>{@code expired}: its end date has passed without renewal.</li>
 * <li>{@code renewed}: replaced by a successor agreement (final).</li>
 * <li>{@code terminated}: ended early or abandoned before signature (final).</li>
 * </ul>
 */
public enum AgreementStatus implements Coded {
    DRAFT, NEGOTIATING, ACTIVE, EXPIRING, EXPIRED, RENEWED, TERMINATED;

    /** The stable code used in the API and the database, e.g. {@code negotiating}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AgreementStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    /** Whether the agreement binds its parties in this status. */
    public boolean inForce() {
        return this == ACTIVE || this == EXPIRING;
    }

    /** "an active agreement", "a draft agreement": for messages. */
    String withArticle() {
        String article = "aeiou".indexOf(code().charAt(0)) >= 0 ? "an " : "a ";
        return article + code() + " agreement";
    }
}
