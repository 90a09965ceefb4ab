package org.meridian.core.scorecard;

/**
 * How weighted normalised indicators are combined, first into pillar scores and then into the composite
 * (OECD/JRC Handbook 2008, step 6). Weights are renormalised to sum to 1 over what is combined.
 * <ul>
 * <li>{@link #ARITHMETIC}: {@code sum(w_i * x_i)}; fully compensatory (a deficit in one indicator is offset by a
 * surplus in another at the rate of the weights).</li>
 * <li>{@link #GEOMETRIC}: {@code prod(x_i ^ w_i)}; partly compensatory, rewards balanced profiles. It needs strictly
 * positive values, so each normalised column is first shifted by {@link #positiveShift(double[])}:
 * {@code x' = x - min + FLOOR * (max - min)} with {@link #GEOMETRIC_FLOOR} = 0.01, i.e. the worst peer sits at 1 %
 * of the column's range above zero (a constant column becomes 1 for everyone, a neutral factor). Because the shifted
 * min–max and the shifted z-score columns are then proportional to each other, geometric aggregation ranks units
 * the same under both normalisations; the normalisation choice matters for arithmetic aggregation only.</li>
 * </ul>
 */
public enum Aggregation {
    ARITHMETIC,
    GEOMETRIC;

    /** The floor of the shifted scale used by geometric aggregation, as a fraction of the column's range. */
    public static final double GEOMETRIC_FLOOR = 0.01;

    /** The strictly positive column geometric aggregation works on; {@code NaN} stays {@code NaN}. */
    public static double[] positiveShift(double[] normalised) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : normalised) {
            if (!Double.isNaN(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        double[] shifted = new double[normalised.length];
        for (int i = 0; i < normalised.length; i++) {
            double x = normalised[i];
            if (Double.isNaN(x)) {
                shifted[i] = Double.NaN;
            } else {
                shifted[i] = max == min ? 1 : x - min + GEOMETRIC_FLOOR * (max - min);
            }
        }
        return shifted;
    }
}
