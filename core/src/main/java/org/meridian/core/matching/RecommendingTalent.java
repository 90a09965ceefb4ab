package org.meridian.core.matching;

import static org.meridian.core.landscape.ReasonNumbers.fixed;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.meridian.core.landscape.ExampleWork;
import org.meridian.core.landscape.FieldOutputs;
import org.meridian.core.landscape.Landscape;
import org.meridian.core.landscape.Output;
import org.meridian.core.landscape.Unit;
import org.meridian.core.landscape.UnitType;
import org.meridian.core.landscape.YearRange;

/**
 * Recommends researchers for visiting-scholar and recruitment programmes: ranks every author outside the home
 * by field-normalised output in the target fields (Σ_f p × shrunk MNCS, shrinkage estimated over the authors
 * as in {@link ShrinkagePrior}), top-10% works and ties to the home ({@link TalentWeights}). An author belongs
 * to the home, and is left out, when their main institution is a home institution (a home country: when their
 * main country is one of its countries).
 */
public final class RecommendingTalent {

    private static final int MAX_EXAMPLES = 3;

    private RecommendingTalent() {
    }

    public static List<TalentRecommendation> recommend(Landscape landscape, TalentQuery query) {
        int[] targets = query.targetFieldIds().stream()
                .mapToInt(id -> landscape.taxonomy().indexOf(query.level(), id)).filter(f -> f >= 0).toArray();
        List<Unit> authors = new ArrayList<>();
        List<Output[]> outputs = new ArrayList<>();
        for (Unit author : landscape.units(UnitType.AUTHOR)) {
            if (belongsToHome(author, query) || !(query.countries().isEmpty() || query.countries().contains(author.countryCode()))) {
                continue;
            }
            FieldOutputs all = landscape.outputs(UnitType.AUTHOR, List.of(author.id()), query.level(), query.period());
            Output[] inTargets = new Output[targets.length];
            double p = 0;
            for (int t = 0; t < targets.length; t++) {
                inTargets[t] = all.get(targets[t]);
                p += inTargets[t].p();
            }
            if (p > 0) {
                authors.add(author);
                outputs.add(inTargets);
            }
        }
        ShrinkagePrior[] priors = priors(landscape, query, targets, outputs);
        YearRange history = new YearRange(landscape.years().map(YearRange::from).orElse(query.period().from()),
                query.period().to());
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < authors.size(); a++) {
            List<AuthorFieldOutput> fields = new ArrayList<>();
            double fieldNormalised = 0;
            double top = 0;
            for (int t = 0; t < targets.length; t++) {
                Output output = outputs.get(a)[t];
                if (output.p() > 0) {
                    AuthorFieldOutput field = new AuthorFieldOutput(landscape.taxonomy().id(query.level(), targets[t]),
                            output.p(), output.mncs(), priors[t].shrink(output.tncs(), output.p()), output.pTop10());
                    fields.add(field);
                    fieldNormalised += field.fieldNormalisedOutput();
                    top += output.pTop10();
                }
            }
            fields.sort(Comparator.comparingDouble(AuthorFieldOutput::fieldNormalisedOutput).reversed());
            double ties = landscape.tie(UnitType.AUTHOR, authors.get(a).id(), query.home().memberType(),
                    query.home().memberIds(), history);
            candidates.add(new Candidate(authors.get(a), fields, fieldNormalised, top, ties));
        }
        double maxOutput = candidates.stream().mapToDouble(Candidate::fieldNormalised).max().orElse(0);
        double maxTop = candidates.stream().mapToDouble(Candidate::top).max().orElse(0);
        TalentWeights weights = query.weights();
        double total = weights.output() + weights.excellence() + weights.ties();
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            double output = maxOutput > 0 ? candidate.fieldNormalised() / maxOutput : 0;
            double excellence = maxTop > 0 ? candidate.top() / maxTop : 0;
            double ties = candidate.ties() / (candidate.ties() + 1);
            double score = (weights.output() * output + weights.excellence() * excellence + weights.ties() * ties) / total;
            scored.add(new Scored(candidate, score, output, excellence, ties));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().author().id()));
        List<TalentRecommendation> found = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(query.k(), scored.size()))) {
            found.add(explain(landscape, query, s, found.size() + 1));
        }
        return found;
    }

    private static boolean belongsToHome(Unit author, TalentQuery query) {
        // an author may have no known affiliation or country; immutable sets refuse to look up null
        String id = query.home().memberType() == UnitType.INSTITUTION ? author.affiliationId() : author.countryCode();
        return id != null && query.home().memberIds().contains(id);
    }

    private static ShrinkagePrior[] priors(Landscape landscape, TalentQuery query, int[] targets, List<Output[]> outputs) {
        FieldOutputs world = landscape.world(query.level(), query.period());
        ShrinkagePrior[] priors = new ShrinkagePrior[targets.length];
        double[] p = new double[outputs.size()];
        double[] sums = new double[outputs.size()];
        for (int t = 0; t < targets.length; t++) {
            Output worldField = world.get(targets[t]);
            double mean = worldField.p() > 0 ? worldField.mncs() : 1;
            double variance = worldField.p() > 0 ? worldField.tncsSquared() / worldField.p() - mean * mean : 0;
            for (int a = 0; a < outputs.size(); a++) {
                p[a] = outputs.get(a)[t].p();
                sums[a] = outputs.get(a)[t].tncs();
            }
            priors[t] = ShrinkagePrior.estimate(mean, variance, p, sums, outputs.size());
        }
        return priors;
    }

    private static TalentRecommendation explain(Landscape landscape, TalentQuery query, Scored scored, int rank) {
        Candidate candidate = scored.candidate();
        Unit author = candidate.author();
        Unit affiliation = author.affiliationId() == null ? null
                : landscape.unit(UnitType.INSTITUTION, author.affiliationId()).orElse(null);
        List<ExampleWork> examples = new ArrayList<>();
        for (AuthorFieldOutput field : candidate.fields()) {
            examples.addAll(landscape.examples(UnitType.AUTHOR, author.id(), query.level(), field.fieldId(),
                    query.period(), MAX_EXAMPLES));
        }
        examples.sort(Comparator.comparingDouble(ExampleWork::ncs).reversed().thenComparing(ExampleWork::workId));
        AuthorFieldOutput best = candidate.fields().get(0);
        List<String> arguments = List.of(fixed(candidate.fieldNormalised(), 2), String.valueOf(candidate.fields().size()),
                best.fieldId(), fixed(best.p(), 2), fixed(best.mncs(), 2), fixed(best.shrunkMncs(), 2),
                fixed(candidate.top(), 2), fixed(candidate.ties(), 0));
        return new TalentRecommendation(rank, author, affiliation, scored.score(), scored.output(), scored.excellence(),
                scored.ties(), candidate.fieldNormalised(), candidate.top(), candidate.ties(), candidate.fields(),
                examples.subList(0, Math.min(MAX_EXAMPLES, examples.size())),
                MessageFormat.format(REASON, arguments.toArray()), "talent.reason.output", arguments);
    }

    /** The reason's English text (MessageFormat); the application's bundles hold the same code in each language. */
    private static final String REASON = "field-normalised output {0} (p x shrunk MNCS over {1} target fields; best {2}: "
            + "p {3}, MNCS {4}, shrunk {5}); {6} top-10% works; {7} works with the home";

    private record Candidate(Unit author, List<AuthorFieldOutput> fields, double fieldNormalised, double top,
            double ties) {
    }

    private record Scored(Candidate candidate, double score, double output, double excellence, double ties) {
    }
}
