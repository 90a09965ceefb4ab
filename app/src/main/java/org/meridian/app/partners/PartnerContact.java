package org.meridian.app.partners;

/**
 * A person to contact at a partner (personal data).
 *
 * @param role what the person does, e.g. "Head of International Office"
 */
public record PartnerContact(String name, String role, String email, String phone) {
}
