package org.meridian.core.statistics;

import java.time.LocalDate;

/**
 * A row of the ISO 3166 country table shipped as {@code countries.csv}: codes, English and Chinese names, the
 * OpenAlex short name, UN M49 region and sub-region, OECD membership and Belt and Road cooperation (GFDC list).
 *
 * @param oecdMemberSince    date of accession to the OECD Convention, null if not a member
 * @param beltAndRoadJoined  GFDC's likely date of signing a Belt and Road cooperation document, null if none
 *                           known (also null for the four listed signatories without a date: see
 *                           {@link #beltAndRoadSignatory})
 * @param beltAndRoadLeft    GFDC's likely exit date, null if none
 */
public record Country(String alpha2, String alpha3, String nameEnglish, String nameChinese, String openAlexName,
        String region, String subregion, LocalDate oecdMemberSince, boolean beltAndRoadSignatory,
        LocalDate beltAndRoadJoined, LocalDate beltAndRoadLeft) {

    /** Whether the country was an OECD member on the given date. */
    public boolean oecdMemberOn(LocalDate date) {
        return oecdMemberSince != null && !oecdMemberSince.isAfter(date);
    }

    /**
     * Whether the country had a Belt and Road cooperation document on the given date: listed, joined on or before the
     * date (a listed country without a join date counts as joined) and not left by then.
     */
    public boolean beltAndRoadOn(LocalDate date) {
        return beltAndRoadSignatory && (beltAndRoadJoined == null || !beltAndRoadJoined.isAfter(date))
                && (beltAndRoadLeft == null || beltAndRoadLeft.isAfter(date));
    }
}
