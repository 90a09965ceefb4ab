package org.meridian.core.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Inbound, outbound and net flow of mobile students of one country per year (UIS), with the published mobility
 * rates beside them. No tertiary enrolment denominator ships, so rates are the published ones (UIS via Our World in
 * Data), not computed here.
 */
public final class NationalMobility {

    private NationalMobility() {
    }

    /** Every year with any value for the country, oldest first. */
    public static List<MobilityYear> of(String alpha2, UisMobility uis, PublishedRates inboundRates,
            PublishedRates outboundRatios) {
        Map<Integer, UisValue> inbound = new HashMap<>();
        Map<Integer, UisValue> netFlow = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (UisValue value : uis.countries()) {
            if (alpha2.equals(value.alpha2()) && !Double.isNaN(value.value())) {
                (value.indicator() == UisIndicator.INBOUND ? inbound : netFlow).put(value.year(), value);
                years.add(value.year());
            }
        }
        Map<Integer, Double> inboundRate = rates(alpha2, inboundRates, years);
        Map<Integer, Double> outboundRatio = rates(alpha2, outboundRatios, years);
        List<MobilityYear> rows = new ArrayList<>();
        for (int year : years) {
            UisValue in = inbound.get(year);
            UisValue net = netFlow.get(year);
            OptionalDouble outbound = in != null && net != null ? OptionalDouble.of(in.value() - net.value())
                    : OptionalDouble.empty();
            rows.add(new MobilityYear(year, value(in), value(net), outbound, in == null ? null : in.qualifier(),
                    net == null ? null : net.qualifier(), optional(inboundRate.get(year)),
                    optional(outboundRatio.get(year))));
        }
        return rows;
    }

    private static Map<Integer, Double> rates(String alpha2, PublishedRates rates, TreeSet<Integer> years) {
        Map<Integer, Double> byYear = new HashMap<>();
        for (PublishedRate rate : rates.countries()) {
            if (alpha2.equals(rate.alpha2())) {
                byYear.put(rate.year(), rate.percent());
                years.add(rate.year());
            }
        }
        return byYear;
    }

    private static OptionalDouble value(UisValue value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.value());
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
