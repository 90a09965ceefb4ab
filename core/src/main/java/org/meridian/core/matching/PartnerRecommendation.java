package org.meridian.core.matching;

import java.util.List;

import org.meridian.core.landscape.ExampleWork;
import org.meridian.core.landscape.Unit;

/**
 * One recommended institution with its evidence.
 *
 * @param relevance     the weighted factors before the diversity re-rank
 * @param score         relevance × (1 − diversity weight × (1 − diversity)), the order of the list
 * @param fieldsCovered the target fields where it is strongest (up to 5, strength &gt; 0), strongest first
 * @param exampleWorks  its most cited works (by NCS) in those fields
 * @param reason        the same in one sentence, in English
 * @param reasonCode    the sentence as a message code of the application's bundles ({@code partners.reason.*}) ...
 * @param reasonArguments ... with its formatted numbers, for other languages
 */
public record PartnerRecommendation(int rank, Unit institution, double score, double relevance, Factors factors,
        List<FieldStrength> fieldsCovered, List<ExampleWork> exampleWorks, String reason, String reasonCode,
        List<String> reasonArguments) {

    public PartnerRecommendation {
        fieldsCovered = List.copyOf(fieldsCovered);
        exampleWorks = List.copyOf(exampleWorks);
        reasonArguments = List.copyOf(reasonArguments);
    }
}
