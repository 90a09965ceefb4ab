package org.meridian.core.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.meridian.core.vocabulary.Coded;

/** The kind of organisation, in the vocabulary of the Research Organization Registry (ROR) types. */
public enum InstitutionType implements Coded {
    EDUCATION, FUNDER, HEALTHCARE, COMPANY, ARCHIVE, NONPROFIT, GOVERNMENT, FACILITY, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InstitutionType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
