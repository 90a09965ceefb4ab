package org.meridian.core.statistics;

/**
 * OpenAlex works of one publication year with authors from both countries of an unordered pair (ISO alpha-2),
 * counted among internationally co-authored works (full counting: a work with authors from three countries counts
 * for each of its three pairs).
 */
public record CoauthoredWorks(int year, String countryA, String countryB, long works) {

    public boolean involves(String country) {
        return countryA.equals(country) || countryB.equals(country);
    }

    /** The other country of the pair. */
    public String partnerOf(String country) {
        return countryA.equals(country) ? countryB : countryA;
    }
}
