package org.meridian.core.landscape;

/**
 * Additive output measures of a unit in a field, under fractional counting (issue 4 definitions): every
 * measure is a sum over the unit's works of the unit's weight w on the work times a per-work value.
 *
 * @param p           Σ w
 * @param tcs         Σ w·c, c = the work's citations
 * @param tncs        Σ w·NCS, NCS = c / mean citations of the work's (primary subfield, year) group
 * @param tncsSquared Σ w·NCS², kept so that shrinkage can estimate the spread of NCS
 * @param pTop10      Σ w·s, s = the work's top-10% share in its group, ties shared (Waltman &amp; Schreiber 2013)
 * @param pIntCollab  Σ w over works with authors from at least two countries
 */
public record Output(double p, double tcs, double tncs, double tncsSquared, double pTop10, double pIntCollab) {

    public static final Output NONE = new Output(0, 0, 0, 0, 0, 0);

    static final int MEASURES = 6;

    public Output plus(Output other) {
        return new Output(p + other.p, tcs + other.tcs, tncs + other.tncs, tncsSquared + other.tncsSquared,
                pTop10 + other.pTop10, pIntCollab + other.pIntCollab);
    }

    /** One work seen with weight {@code weight}. */
    public static Output ofWork(double weight, int citations, double ncs, double topTenShare, boolean international) {
        return new Output(weight, weight * citations, weight * ncs, weight * ncs * ncs, weight * topTenShare,
                international ? weight : 0);
    }

    public double mcs() {
        return ratio(tcs);
    }

    public double mncs() {
        return ratio(tncs);
    }

    public double ppTop10() {
        return ratio(pTop10);
    }

    public double ppIntCollab() {
        return ratio(pIntCollab);
    }

    private double ratio(double numerator) {
        return p > 0 ? numerator / p : 0;
    }

    double[] toArray() {
        return new double[] {p, tcs, tncs, tncsSquared, pTop10, pIntCollab};
    }

    static Output fromArray(double[] values, int offset) {
        return new Output(values[offset], values[offset + 1], values[offset + 2], values[offset + 3],
                values[offset + 4], values[offset + 5]);
    }
}
