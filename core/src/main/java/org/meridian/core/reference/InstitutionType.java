package org.meridian.core.reference;

import java.util.Locale;

/**
 * What kind of organisation an institution is, in the vocabulary of ROR and OpenAlex: a university or college
 * (education), a company, a non-profit, a hospital or health service (healthcare), a research facility or
 * laboratory, a government body, an archive, library or museum (archive), or anything else.
 */
public enum InstitutionType {
    EDUCATION, COMPANY, NONPROFIT, HEALTHCARE, FACILITY, GOVERNMENT, ARCHIVE, OTHER;

    /** The lower-case name used in the API and in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type named by a source: ROR's "Education", OpenAlex's "education" and so on. A source's word outside
     * this vocabulary (OpenAlex's "funder") or none at all gives {@code null}, so that another source may say.
     */
    public static InstitutionType fromSource(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String first = word.split(";")[0].trim().toUpperCase(Locale.ROOT);
        for (InstitutionType type : values()) {
            if (type.name().equals(first)) {
                return type;
            }
        }
        return null;
    }

    /** The type for an API or database code; fails on an unknown code. */
    public static InstitutionType ofCode(String code) {
        InstitutionType type = fromSource(code);
        if (type == null || code.contains(";")) {
            throw new IllegalArgumentException("unknown institution type '" + code + "'");
        }
        return type;
    }
}
