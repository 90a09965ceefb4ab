package org.meridian.core.matching;

import java.util.List;

import org.meridian.core.landscape.ExampleWork;
import org.meridian.core.landscape.Unit;

/**
 * A recommended researcher with the evidence: the factors in [0, 1] (output = field-normalised output over the
 * best candidate's; excellence = top-10% works over the best candidate's; ties = n/(n + 1) for n works
 * co-authored with the home), the numbers behind them, the target fields, example works.
 *
 * @param affiliation     the researcher's main institution, when known
 * @param reason          the numbers in one sentence, in English
 * @param reasonCode      the sentence as a message code of the application's bundles ({@code talent.reason.*}) ...
 * @param reasonArguments ... with its formatted numbers, for other languages
 */
public record TalentRecommendation(int rank, Unit author, Unit affiliation, double score, double outputFactor,
        double excellenceFactor, double tiesFactor, double fieldNormalisedOutput, double pTop10, double worksWithHome,
        List<AuthorFieldOutput> fields, List<ExampleWork> exampleWorks, String reason, String reasonCode,
        List<String> reasonArguments) {

    public TalentRecommendation {
        fields = List.copyOf(fields);
        exampleWorks = List.copyOf(exampleWorks);
        reasonArguments = List.copyOf(reasonArguments);
    }
}
