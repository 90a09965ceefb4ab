package org.meridian.core.indicators;

/**
 * The level of the OpenAlex topic taxonomy at which works are grouped, always by the work's primary topic:
 * {@code all} puts every work in one field; {@code domain}, {@code field}, {@code subfield} and {@code topic}
 * use the primary topic's ancestor at that level.
 */
public enum FieldLevel implements Labelled {
    ALL("all"),
    DOMAIN("domain"),
    FIELD("field"),
    SUBFIELD("subfield"),
    TOPIC("topic");

    /** The field id and name of the single field at level {@link #ALL}. */
    public static final String ALL_FIELDS_ID = "all";
    public static final String ALL_FIELDS_NAME = "All fields";

    private final String label;

    FieldLevel(String label) {
        this.label = label;
    }

    /** The name used in CSV and JSON output and on the command line. */
    @Override
    public String label() {
        return label;
    }

    public static FieldLevel parse(String text) {
        return Labelled.parse(values(), text, "field level");
    }
}
