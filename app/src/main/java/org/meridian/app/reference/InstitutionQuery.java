package org.meridian.app.reference;

/**
 * A search of the institution registry; null fields do not filter.
 *
 * @param namePrefix start of the English or Chinese name, or of any word of the English name; case, accents
 *        and punctuation do not matter
 * @param countryCode ISO 3166-1 alpha-2
 * @param type {@code education}, {@code company}, ... (see {@link Institution#type()})
 */
public record InstitutionQuery(String namePrefix, String countryCode, String type) {

    public static InstitutionQuery named(String namePrefix) {
        return new InstitutionQuery(namePrefix, null, null);
    }
}
