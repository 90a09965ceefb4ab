package org.meridian.core.indicators;

/**
 * How a work is credited to the units on it.
 * <ul>
 * <li>{@link #FULL}: weight 1 for every unit that appears on the work (a country group at most 1).</li>
 * <li>{@link #FRACTIONAL}: with n authorships, institution I gets Σ_a [I ∈ I_a] / (n·|I_a|) and country C gets
 * Σ_a [C ∈ C_a] / (n·|C_a|); an authorship with an empty set gives nothing; a group gets the sum of its
 * members' weights.</li>
 * </ul>
 * The world counts every work with weight 1 under both.
 */
public enum Counting implements Labelled {
    FULL("full"),
    FRACTIONAL("fractional");

    private final String label;

    Counting(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Counting parse(String text) {
        return Labelled.parse(values(), text, "counting");
    }
}
