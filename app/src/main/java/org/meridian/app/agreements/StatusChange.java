package org.meridian.app.agreements;

import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.TransitionKind;

/** An agreement that moved from one status to another, and how. */
public record StatusChange(long agreementId, AgreementStatus from, AgreementStatus to, TransitionKind how) {
}
