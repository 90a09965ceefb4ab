package org.meridian.core.landscape;

import java.util.List;

/** A unit's {@link Output} in every field of one level over a period; fields without output give {@link Output#NONE}. */
public final class FieldOutputs {

    private final FieldLevel level;
    private final Taxonomy taxonomy;
    private final double[] values;

    FieldOutputs(FieldLevel level, Taxonomy taxonomy, double[] values) {
        this.level = level;
        this.taxonomy = taxonomy;
        this.values = values;
    }

    public FieldLevel level() {
        return level;
    }

    /** The field ids of the level, in index order. */
    public List<String> fieldIds() {
        return taxonomy.ids(level);
    }

    public int size() {
        return values.length / Output.MEASURES;
    }

    public Output get(int fieldIndex) {
        return Output.fromArray(values, fieldIndex * Output.MEASURES);
    }

    public Output get(String fieldId) {
        int index = taxonomy.indexOf(level, fieldId);
        return index < 0 ? Output.NONE : get(index);
    }

    /** The fractional output p in the field at {@code fieldIndex}. */
    public double p(int fieldIndex) {
        return values[fieldIndex * Output.MEASURES];
    }

    /** The sum over all fields: the unit's whole output, since every work has one primary field. */
    public Output total() {
        Output sum = Output.NONE;
        for (int f = 0; f < size(); f++) {
            sum = sum.plus(get(f));
        }
        return sum;
    }
}
