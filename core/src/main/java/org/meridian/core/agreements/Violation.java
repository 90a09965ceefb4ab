package org.meridian.core.agreements;

/**
 * One broken rule of the input, with the field it concerns (in the API's naming, e.g. {@code endDate} or
 * {@code quotas[1].people}) and a message written for the user.
 */
public record Violation(String field, String message) {
}
