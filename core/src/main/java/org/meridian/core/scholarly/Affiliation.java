package org.meridian.core.scholarly;

/**
 * An institution as it appears on an authorship: OpenAlex id ({@code I27837315}), ROR URL or id, ISO country
 * code and OpenAlex institution type ({@code education}, {@code company}, ...). Any part may be null.
 */
public record Affiliation(String id, String ror, String countryCode, String type, String displayName) {
}
