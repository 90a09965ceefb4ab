package org.meridian.core.statistics;

/**
 * A country's OpenAlex works of one year with authors from more than one country.
 *
 * @param distinctCountries countries on those works including the country itself (the API's {@code groups_count})
 * @param capped            true when {@code distinctCountries} hit the API's cap of 200 and is a lower bound
 */
public record InternationalWorks(int year, String country, long works, int distinctCountries, boolean capped) {

    /** Partner countries: distinct countries other than the country itself. */
    public int partnerCountries() {
        return Math.max(0, distinctCountries - 1);
    }
}
