package org.meridian.core.matching;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.LandscapeBuilder;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.landscape.YearRange;

/**
 * A hand-made landscape of one year (2020) at subfield level: the world has 100 works in each of the subfields
 * 1101 to 1106 with MNCS 1, NCS variance 2 and 10% in the top 10%; institutions are added with their output.
 */
final class SmallWorld {

    static final int YEAR = 2020;
    static final YearRange PERIOD = YearRange.year(YEAR);
    static final String[] SUBFIELDS = {"1101", "1102", "1103", "1104", "1105", "1106"};

    private final LandscapeBuilder builder = Landscape.builder(FieldLevel.SUBFIELD);

    SmallWorld() {
        for (String subfield : SUBFIELDS) {
            builder.classify("D1", "11", subfield, null);
            builder.output(UnitType.WORLD, Unit.WORLD_ID, subfield, YEAR, new Output(100, 0, 100, 300, 10, 0));
        }
    }

    /** A subfield of another field, with the world's output in it (every work cited as the average). */
    SmallWorld subfield(String field, String subfield, double worldP) {
        builder.classify("D1", field, subfield, null);
        builder.output(UnitType.WORLD, Unit.WORLD_ID, subfield, YEAR, new Output(worldP, 0, worldP, 3 * worldP, worldP / 10, 0));
        return this;
    }

    /** An institution's output in a subfield, with MNCS and pp_top10 as given. */
    SmallWorld output(String institution, String country, String subfield, double p, double mncs, double ppTop10) {
        builder.unit(new Unit(UnitType.INSTITUTION, institution, "Institution " + institution, country, "education", null));
        builder.output(UnitType.INSTITUTION, institution, subfield, YEAR, new Output(p, 0, p * mncs, 0, p * ppTop10, 0));
        return this;
    }

    /** {@code works} co-publications between two institutions. */
    SmallWorld tie(String first, String second, double works) {
        builder.tie(UnitType.INSTITUTION, first, UnitType.INSTITUTION, second, YEAR, works);
        builder.tie(UnitType.INSTITUTION, second, UnitType.INSTITUTION, first, YEAR, works);
        return this;
    }

    PartnerIndex index() {
        return index(PartnerIndexSettings.defaults());
    }

    PartnerIndex index(PartnerIndexSettings settings) {
        return PartnerIndex.build(builder.build(), FieldLevel.SUBFIELD, PERIOD, settings);
    }
}
