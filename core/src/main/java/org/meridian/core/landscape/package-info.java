/**
 * The research landscape the bring-in analyses read: fractional output per (unit, field, year), works
 * co-classified in two fields, co-publication ties and example works.
 * <p>
 * The seam is {@link org.meridian.core.landscape.LandscapeBuilder}: whoever computes the aggregates feeds its
 * rows. {@link org.meridian.core.landscape.WorkTally} does it from {@code Work} records with the definitions of
 * the indicator engine (fractional counting, NCS and top-10% shares over (primary subfield, year) groups); the
 * engine can replace it through an adapter that writes, per unit, finest field and year, the row
 * (p, tcs, tncs, Σ w·NCS², p_top10, p_int_collab), plus tie and co-classification rows from the works store.
 */
package org.meridian.core.landscape;
