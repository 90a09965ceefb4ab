package org.meridian.core.statistics;

/** The kinds of quirk an import meets and reports; none of them drops a row silently. */
public enum Finding {
    REGIONAL_AGGREGATE("regional or group aggregate (e.g. 'SDG: Europe'): kept apart from countries"),
    UIS_ESTIMATE("value marked as a UIS estimate (qualifier UIS_EST): kept, flagged"),
    NATIONAL_ESTIMATE("value marked as a national estimate (qualifier NAT_EST): kept, flagged"),
    NIL_MAGNITUDE("magnitude NIL (nil or negligible): kept as 0"),
    NOT_APPLICABLE("magnitude NA (not applicable): kept as missing, not as 0"),
    FRACTIONAL_HEADCOUNT("headcount with a fractional part (an averaged or estimated figure): kept as published"),
    MISSING_YEAR("no value for a year between a country's first and last year (or of the file's years, for hosts)"),
    HOST_YEAR_ALL_ZERO("every origin of a host in a year is 0: read as not reported, rows left out of the records"),
    RENAMED_COUNTRY("name other than the ISO English short name (renamed or variant spelling): mapped to its ISO code"),
    REPAIRED_ENCODING("name mis-decoded as Latin-1 (e.g. 'CuraÃ§ao'): re-decoded as UTF-8 and mapped"),
    UNMAPPED_COUNTRY("country name or code not in countries.csv: row kept apart"),
    DIRECTED_COUNTS_DIFFER("the two directed counts of a country pair differ: the larger is used"),
    PARTNER_COUNT_CAPPED("count of distinct countries capped at 200 by the OpenAlex API: a lower bound"),
    DOUBLE_COUNTED_LEVELS("published sum counts ISCED levels 5-8 twice (5T8 plus its parts): halved as an estimate"),
    ODD_PUBLISHED_SUM("published double-counted sum is odd: its half is approximate"),
    MALFORMED_ROW("row that could not be read (wrong columns, number or indicator): skipped");

    private final String description;

    Finding(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
