package org.meridian.app.security;

/**
 * A home institution: the owner of a set of records. {@code institutionId} links it to the world registry of
 * institutions (OpenAlex or ROR id) where known.
 */
public record Tenant(long id, String code, String name, String nameZh, String countryCode, String institutionId,
        boolean demo) {
}
