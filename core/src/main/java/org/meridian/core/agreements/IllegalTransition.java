package org.meridian.core.agreements;

/** A status change that the lifecycle does not allow; the message is written for the user. */
public class IllegalTransition extends RuntimeException {

    private final AgreementStatus from;
    private final AgreementStatus to;

    public IllegalTransition(AgreementStatus from, AgreementStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public AgreementStatus from() {
        return from;
    }

    public AgreementStatus to() {
        return to;
    }
}
