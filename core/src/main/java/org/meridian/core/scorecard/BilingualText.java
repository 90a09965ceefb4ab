package org.meridian.core.scorecard;

import java.util.Objects;

/** A label or definition in English and Simplified Chinese, the two languages Meridian speaks. */
public record BilingualText(String english, String chinese) {

    public BilingualText {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }

    /** The Chinese text for a language tag starting with {@code zh}, the English text otherwise. */
    public String in(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? chinese : english;
    }
}
