package org.meridian.core.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.meridian.core.vocabulary.Coded;

/** What a partner is: an institution (university, research institute, company) or an international organisation. */
public enum PartnerKind implements Coded {
    INSTITUTION, ORGANISATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PartnerKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
