package org.meridian.app.imports;

/**
 * One column of an import type. A file's header matches it when, ignoring case, spaces, {@code _ - *} and
 * full-width forms, it equals the English header, the Chinese header or the key.
 *
 * @param key the name the import type reads the value by ({@code row.value("startDate")})
 * @param englishHeader the header in English templates, e.g. {@code Start date}
 * @param chineseHeader the header in Chinese templates, e.g. {@code 开始日期}
 * @param required whether every row must have a value (and the file the column)
 * @param parser turns the cell text into the value
 */
public record ImportColumn(String key, String englishHeader, String chineseHeader, boolean required,
        ValueParser<?> parser) {

    public static ImportColumn required(String key, String englishHeader, String chineseHeader,
            ValueParser<?> parser) {
        return new ImportColumn(key, englishHeader, chineseHeader, true, parser);
    }

    public static ImportColumn optional(String key, String englishHeader, String chineseHeader,
            ValueParser<?> parser) {
        return new ImportColumn(key, englishHeader, chineseHeader, false, parser);
    }

    /** The header in a language: {@code zh} gives the Chinese one, anything else the English one. */
    public String header(String language) {
        return "zh".equals(language) ? chineseHeader : englishHeader;
    }

    /** Both headers, as reports name a column that is missing: {@code Start date / 开始日期}. */
    public String bothHeaders() {
        return englishHeader + " / " + chineseHeader;
    }
}
