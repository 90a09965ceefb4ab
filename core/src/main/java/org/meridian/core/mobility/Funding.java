package org.meridian.core.mobility;

import org.meridian.core.vocabulary.Coded;

/** Who pays for a mobility, by its main source. */
public enum Funding implements Coded {
    /** A government scholarship, e.g. of the China Scholarship Council (CSC) or a foreign government. */
    GOVERNMENT_SCHOLARSHIP("government-scholarship"),
    /** The home institution's own funds. */
    INSTITUTIONAL("institutional"),
    /** The partner institution or its country's programme. */
    PARTNER_FUNDED("partner-funded"),
    /** The person themselves or their family. */
    SELF_FUNDED("self-funded"),
    /** Anything else: foundations, companies, international organisations. */
    OTHER("other");

    private final String code;

    Funding(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
