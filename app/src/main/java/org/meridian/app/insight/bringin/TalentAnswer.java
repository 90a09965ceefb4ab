package org.meridian.app.insight.bringin;

import java.util.List;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.YearRange;
import org.meridian.core.matching.TalentRecommendation;

/** Researchers in the home's target fields, ranked by field-normalised output, with the evidence. */
public record TalentAnswer(String home, YearRange period, FieldLevel level, List<FieldRef> targetFields,
        List<TalentRecommendation> items) {

    public TalentAnswer {
        targetFields = List.copyOf(targetFields);
        items = List.copyOf(items);
    }
}
