package org.meridian.core.indicators;

/**
 * The kind of unit an indicator row describes: an institution (OpenAlex institution id), a country (ISO 3166-1
 * alpha-2), a named group of countries, or the whole dataset.
 */
public enum UnitType implements Labelled {
    INSTITUTION("institution"),
    COUNTRY("country"),
    COUNTRY_GROUP("country_group"),
    WORLD("world");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    /** The name used in CSV and JSON output and on the command line ({@code country_group}). */
    @Override
    public String label() {
        return label;
    }

    /** Reads a label, accepting {@code country-group} and any case as well. */
    public static UnitType parse(String text) {
        return Labelled.parse(values(), text, "unit type");
    }
}
