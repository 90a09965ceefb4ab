package org.meridian.app.insight.bringin;

import java.util.List;

import org.meridian.core.landscape.ExampleWork;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.YearRange;
import org.meridian.core.matching.Factors;
import org.meridian.core.matching.FieldStrength;
import org.meridian.core.matching.PartnerWeights;

/**
 * Ranked partner institutions for a home with their evidence: the factors (each in [0, 1]) and the weights
 * that combined them, the target fields each covers, example works, one sentence of reason.
 */
public record PartnerAnswer(String home, YearRange period, FieldLevel level, List<FieldRef> targetFields,
        PartnerWeights weights, List<Item> items, List<String> notes) {

    public PartnerAnswer {
        targetFields = List.copyOf(targetFields);
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    /** One recommended institution; {@code fieldNames} is parallel to {@code fieldsCovered}. */
    public record Item(int rank, String institutionId, String name, String country, String institutionType,
            double score, double relevance, Factors factors, List<FieldStrength> fieldsCovered,
            List<String> fieldNames, List<ExampleWork> exampleWorks, String reason, String reasonCode,
            List<String> reasonArguments) {
    }
}
