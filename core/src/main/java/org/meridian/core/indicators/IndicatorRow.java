package org.meridian.core.indicators;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The indicators of one unit in one field over one period, under one counting. Sizes ({@code p*}, {@code tcs},
 * {@code tncs}) are sums of the works' weights; {@code pp*} and {@code m*} divide by {@code p}.
 *
 * @param p               Σ weight
 * @param pCollab         Σ weight over works with ≥ 2 distinct institutions or ≥ 2 distinct countries
 * @param pIntCollab      Σ weight over works with ≥ 2 distinct countries
 * @param pIndustry       Σ weight over works with an institution of type {@code company}
 * @param tcs             Σ weight·c, c the work's citation count
 * @param tncs            Σ weight·NCS, NCS = c / e_g, or 1 where e_g = 0, e_g the mean citation count of the
 *                        work's group g = (primary subfield, publication year) among all works of the selected types
 * @param pTop10          Σ weight·share, share = min(1, max(0, (0.1·N − A)/B)) in g of N works, A works cited more
 *                        and B works cited exactly as often as the work (Waltman &amp; Schreiber 2013)
 * @param ppIntCollabLed  among the unit's internationally co-authored works, counted fully, the share where one of
 *                        the unit's authorships is corresponding; empty where the unit has no such work
 * @param activityIndex   (p(unit, f)/p(unit, all)) / (p(world, f)/p(world, all)) for the same period and types
 * @param intervals       stability intervals, present when a bootstrap was asked for
 */
public record IndicatorRow(
        UnitType unitType,
        String unitId,
        String unitName,
        FieldLevel fieldLevel,
        String fieldId,
        String fieldName,
        int periodFrom,
        int periodTo,
        Counting counting,
        double p,
        double pCollab,
        double ppCollab,
        double pIntCollab,
        double ppIntCollab,
        double pIndustry,
        double ppIndustry,
        double tcs,
        double mcs,
        double tncs,
        double mncs,
        double pTop10,
        double ppTop10,
        OptionalDouble ppIntCollabLed,
        double activityIndex,
        Optional<StabilityIntervals> intervals) {

    /** Output column names, in output order, shared by the CSV and JSON writers. */
    public static final List<String> COLUMNS = List.of("unit_type", "unit_id", "unit_name", "field_level",
            "field_id", "field_name", "period_from", "period_to", "counting", "p", "p_collab", "pp_collab",
            "p_int_collab", "pp_int_collab", "p_industry", "pp_industry", "tcs", "mcs", "tncs", "mncs", "p_top10",
            "pp_top10", "pp_int_collab_led", "activity_index");
}
