package org.meridian.core.matching;

import java.util.List;
import java.util.Set;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Home;
import org.meridian.core.landscape.YearRange;

/**
 * A talent search: the {@code k} researchers with the highest field-normalised output in the target fields
 * (ids at {@code level}) over {@code period}, outside the home; {@code countries} empty means anywhere.
 */
public record TalentQuery(Home home, List<String> targetFieldIds, FieldLevel level, YearRange period,
        Set<String> countries, int k, TalentWeights weights) {

    public TalentQuery {
        targetFieldIds = List.copyOf(targetFieldIds);
        countries = Set.copyOf(countries);
        if (targetFieldIds.isEmpty()) {
            throw new IllegalArgumentException("a talent search needs target fields");
        }
    }

    public static TalentQuery of(Home home, List<String> targetFieldIds, FieldLevel level, YearRange period, int k) {
        return new TalentQuery(home, targetFieldIds, level, period, Set.of(), k, TalentWeights.defaults());
    }
}
