package org.meridian.app;

/**
 * A request that is well formed but breaks a rule of the domain (an illegal status transition, a duplicate
 * natural key, a record still in use). Answered as 409 with the message, which is written for the user.
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine-readable code, e.g. {@code agreement.illegal-transition}. */
    public String code() {
        return code;
    }
}
