package org.meridian.core.landscape;

/**
 * A unit of the landscape with what is known to describe it. Any part but type and id may be null.
 *
 * @param countryCode     ISO 3166-1 alpha-2 code: the institution's country, the author's main country, the
 *                        country itself
 * @param institutionType OpenAlex institution type ({@code education}, {@code company}, ...), institutions only
 * @param affiliationId   for an author, the institution that appears most often on their authorships (the
 *                        latest year breaks ties); null for other units
 */
public record Unit(UnitType type, String id, String name, String countryCode, String institutionType,
        String affiliationId) {

    /** The id of the single {@link UnitType#WORLD} unit. */
    public static final String WORLD_ID = "world";

    public static Unit bare(UnitType type, String id) {
        return new Unit(type, id, null, null, null, null);
    }

    /** This descriptor with every null part filled from {@code other}. */
    Unit completedWith(Unit other) {
        return new Unit(type, id, name != null ? name : other.name, countryCode != null ? countryCode : other.countryCode,
                institutionType != null ? institutionType : other.institutionType,
                affiliationId != null ? affiliationId : other.affiliationId);
    }
}
