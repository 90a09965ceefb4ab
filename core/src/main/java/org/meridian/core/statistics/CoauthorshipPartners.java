package org.meridian.core.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/** A country's internationally co-authored output and its co-author countries over time. */
public final class CoauthorshipPartners {

    private CoauthorshipPartners() {
    }

    /**
     * @param totalOutput the country's total works per year, for the share of internationally co-authored output;
     *                    empty when not known (no such series ships with Meridian)
     */
    public static List<CoauthorshipYear> of(String alpha2, List<CoauthoredWorks> pairs,
            List<InternationalWorks> internationalWorks, Map<Integer, Long> totalOutput, int top,
            Map<String, Set<String>> groups) {
        Map<Integer, Map<String, Double>> byYear = new TreeMap<>();
        for (CoauthoredWorks pair : pairs) {
            if (pair.involves(alpha2) && !pair.countryA().equals(pair.countryB())) {
                byYear.computeIfAbsent(pair.year(), key -> new LinkedHashMap<>()).merge(pair.partnerOf(alpha2),
                        (double) pair.works(), Double::sum);
            }
        }
        Map<Integer, Long> international = new HashMap<>();
        for (InternationalWorks works : internationalWorks) {
            if (works.country().equals(alpha2)) {
                international.put(works.year(), works.works());
                byYear.computeIfAbsent(works.year(), key -> new LinkedHashMap<>());
            }
        }
        List<CoauthorshipYear> years = new ArrayList<>();
        byYear.forEach((year, counts) -> {
            Long works = international.get(year);
            Long total = totalOutput.get(year);
            double links = counts.values().stream().mapToDouble(Double::doubleValue).sum();
            years.add(new CoauthorshipYear(year, works == null ? OptionalLong.empty() : OptionalLong.of(works),
                    works == null || total == null || total == 0 ? OptionalDouble.empty()
                            : OptionalDouble.of((double) works / total),
                    (int) counts.values().stream().filter(count -> count > 0).count(), (long) links,
                    StudentPartners.top(counts, top, works == null ? Double.NaN : works),
                    StudentPartners.groupShares(alpha2, counts, links, groups)));
        });
        return years;
    }
}
