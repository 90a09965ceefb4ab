package org.meridian.core.agreements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a mobility quota is for: students (any ISCED level) or staff (teaching, training, research). */
public enum MobilityCategory {
    STUDENT, STAFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MobilityCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code().equals(code)).findFirst();
    }
}
