package org.meridian.app.reference;

import java.time.LocalDate;

/**
 * A country's membership of a group: from {@code joinedOn} (null when the source gives no date) until the day
 * before {@code leftOn} (null while it is a member).
 */
public record CountryGroupMember(String groupCode, String countryCode, LocalDate joinedOn, LocalDate leftOn,
        String note) {

    /** Whether the country was a member on that day; a membership without a joining date counts from always. */
    public boolean memberOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day)) && (leftOn == null || leftOn.isAfter(day));
    }
}
