package org.meridian.core.gaps;

/**
 * The reasons the gap analysis gives, as message codes with their English text (MessageFormat, arguments already
 * formatted); the application's bundles hold the same codes in each language.
 */
enum GapReason {
    STRENGTH("gaps.reason.strength", "specialised: activity index {0} > {1}; above world impact: MNCS {2} = {3}x world "
            + "MNCS {4}; pp_top10 {5}% vs world {6}% ({3}x > {7}x); p {8} >= {9}"),
    WEAKNESS("gaps.reason.weakness", "active: p {0} >= {1}; below world impact: MNCS {2} = {3}x world MNCS {4}; "
            + "pp_top10 {5}% vs world {6}% ({3}x < {7}x)"),
    GAP("gaps.reason.gap", "under-represented: activity index {0} < {1} (p {2}); on the frontier: {3}% of the field''s "
            + "recent world works in frontier topics >= {4}%"),
    DEMAND_LIST("gaps.reason.demandList", "on the list \"{0}\", area \"{1}\" (source: {2}); home activity index {3}, p {4}"),
    DEMAND_RECORDED("gaps.reason.demandRecorded", "asked for in the home''s records: {0} outbound mobilities + {1} "
            + "agreements = {2} >= {3}, while it publishes little: activity index {4} < {5}"),
    INTERSECTION("gaps.reason.intersection", "works spanning {0} and {1}: {2} in {3}, growing {4}%/yr vs {5}%/yr and "
            + "{6}%/yr for the fields alone; home under-represented: activity index {7} < {8} (p {9})");

    /** The message code and the English text. */
    final String code;
    final String english;

    GapReason(String code, String english) {
        this.code = code;
        this.english = english;
    }
}
