package org.meridian.core.agreements;

import static org.meridian.core.agreements.AgreementStatus.ACTIVE;
import static org.meridian.core.agreements.AgreementStatus.DRAFT;
import static org.meridian.core.agreements.AgreementStatus.EXPIRED;
import static org.meridian.core.agreements.AgreementStatus.EXPIRING;
import static org.meridian.core.agreements.AgreementStatus.NEGOTIATING;
import static org.meridian.core.agreements.AgreementStatus.RENEWED;
import static org.meridian.core.agreements.AgreementStatus.TERMINATED;
import static org.meridian.core.agreements.TransitionKind.BY_CALENDAR;
import static org.meridian.core.agreements.TransitionKind.BY_HAND;
import static org.meridian.core.agreements.TransitionKind.BY_RENEWAL;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The status machine of an agreement: which status may follow which, and how.
 *
 * <pre>
 * from         to (how)
 * draft        negotiating, active, terminated (by hand)
 * negotiating  draft, active, terminated (by hand)
 * active       terminated (by hand); renewed (by renewal); expiring, expired (from the end date)
 * expiring     terminated (by hand); renewed (by renewal); active, expired (from the end date)
 * expired      renewed (by renewal)
 * renewed      none
 * terminated   none
 * </pre>
 *
 * Terminating a draft or an agreement under negotiation records that it was abandoned. {@code expiring → active}
 * happens when the end date is moved out of the expiring window. A late renewal of an expired agreement is
 * allowed, because partners often sign the successor after the predecessor has lapsed.
 */
public final class AgreementLifecycle {

    private static final Map<AgreementStatus, Map<AgreementStatus, TransitionKind>> TRANSITIONS =
            new EnumMap<>(AgreementStatus.class);

    static {
        allow(DRAFT, NEGOTIATING, BY_HAND);
        allow(DRAFT, ACTIVE, BY_HAND);
        allow(DRAFT, TERMINATED, BY_HAND);
        allow(NEGOTIATING, DRAFT, BY_HAND);
        allow(NEGOTIATING, ACTIVE, BY_HAND);
        allow(NEGOTIATING, TERMINATED, BY_HAND);
        allow(ACTIVE, TERMINATED, BY_HAND);
        allow(ACTIVE, RENEWED, BY_RENEWAL);
        allow(ACTIVE, EXPIRING, BY_CALENDAR);
        allow(ACTIVE, EXPIRED, BY_CALENDAR);
        allow(EXPIRING, TERMINATED, BY_HAND);
        allow(EXPIRING, RENEWED, BY_RENEWAL);
        allow(EXPIRING, ACTIVE, BY_CALENDAR);
        allow(EXPIRING, EXPIRED, BY_CALENDAR);
        allow(EXPIRED, RENEWED, BY_RENEWAL);
        for (AgreementStatus status : AgreementStatus.values()) {
            TRANSITIONS.putIfAbsent(status, new LinkedHashMap<>());
        }
    }

    private AgreementLifecycle() {
    }

    private static void allow(AgreementStatus from, AgreementStatus to, TransitionKind kind) {
        TRANSITIONS.computeIfAbsent(from, any -> new LinkedHashMap<>()).put(to, kind);
    }

    /** The statuses that may follow {@code from}, each with how the change comes about, in table order. */
    public static Map<AgreementStatus, TransitionKind> legalFrom(AgreementStatus from) {
        return Map.copyOf(TRANSITIONS.get(from));
    }

    /** How {@code from → to} comes about, or empty when it is illegal. */
    public static Optional<TransitionKind> kindOf(AgreementStatus from, AgreementStatus to) {
        return Optional.ofNullable(TRANSITIONS.get(from).get(to));
    }

    public static boolean isFinal(AgreementStatus status) {
        return TRANSITIONS.get(status).isEmpty();
    }

    /**
     * Checks that {@code from → to} may happen the given way.
     *
     * @throws IllegalTransition with a message naming what is legal from {@code from}
     */
    public static void check(AgreementStatus from, AgreementStatus to, TransitionKind kind) {
        if (from == to) {
            throw new IllegalTransition(from, to, "the agreement is already " + from.code());
        }
        TransitionKind legal = TRANSITIONS.get(from).get(to);
        if (legal == null) {
            throw new IllegalTransition(from, to, "cannot " + verb(to, from.withArticle()) + "; legal from "
                    + from.code() + ": " + describeLegal(from));
        }
        if (legal != kind) {
            throw new IllegalTransition(from, to, switch (legal) {
                case BY_CALENDAR -> to.code() + " follows from the end date and the expiring window; it cannot be"
                        + " set " + kind.description();
                case BY_RENEWAL -> "an agreement is renewed by creating its successor (renewal), not "
                        + kind.description();
                case BY_HAND -> to.code() + " is set by hand, not " + kind.description();
            });
        }
    }

    /** "terminated, renewed (by renewal), expiring (from the end date)", or "none". */
    public static String describeLegal(AgreementStatus from) {
        Map<AgreementStatus, TransitionKind> legal = TRANSITIONS.get(from);
        if (legal.isEmpty()) {
            return "none";
        }
        return legal.entrySet().stream()
                .map(entry -> entry.getKey().code()
                        + (entry.getValue() == BY_HAND ? "" : " (" + entry.getValue().description() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String verb(AgreementStatus to, String agreement) {
        return switch (to) {
            case DRAFT -> "return " + agreement + " to draft";
            case NEGOTIATING -> "negotiate " + agreement;
            case ACTIVE -> "activate " + agreement;
            case EXPIRING -> "mark " + agreement + " as expiring";
            case EXPIRED -> "mark " + agreement + " as expired";
            case RENEWED -> "renew " + agreement;
            case TERMINATED -> "terminate " + agreement;
        };
    }
}
