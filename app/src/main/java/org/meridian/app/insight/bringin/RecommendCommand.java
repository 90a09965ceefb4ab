package org.meridian.app.insight.bringin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.meridian.core.matching.Factors;
import org.meridian.core.matching.TalentRecommendation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian recommend partners|talent}: explained recommendations for a home unit. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommend partner institutions or researchers for a home unit, with the evidence.",
        subcommands = { RecommendCommand.Partners.class, RecommendCommand.Talent.class },
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian recommend partners --home I27837315 -k 10",
                "  ./meridian recommend partners --home CN --groups bri --types education",
                "  ./meridian recommend talent --home I27837315 --fields 1702" })
public class RecommendCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to recommend: partners or talent.");
    }

    @Command(name = "partners", mixinStandardHelpOptions = true,
            description = "Partner institutions ranked by strength in the target fields, complementarity and"
                    + " feasibility (each in [0, 1]), re-ranked for diversity.")
    static class Partners implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions options;

        @Option(names = "--home", required = true, description = "Institution id, country code or group.")
        String home;

        @Option(names = "-k", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
        int k;

        @Option(names = "--fields", split = ",", description = "Target subfield ids (default: the home's weakness,"
                + " gap, intersection and high-demand fields).")
        List<String> fields = new ArrayList<>();

        @Option(names = "--countries", split = ",", description = "Only candidates in these countries.")
        Set<String> countries = Set.of();

        @Option(names = "--groups", split = ",", description = "Only candidates in these groups: oecd, bri.")
        Set<String> groups = Set.of();

        @Option(names = "--types", split = ",", description = "Only these institution types: education, facility, ...")
        Set<String> types = Set.of();

        @Option(names = "--weights", description = "Weights changed from the defaults, as name:weight pairs, e.g."
                + " complementarity:0.4,diversity:0.2 (names: strength, complementarity, feasibility, diversity,"
                + " commonGround, coPublications, sharedPartners, proximity, agreements, mobility, openness).")
        String weights;

        @Override
        public Integer call() throws Exception {
            PartnerSearch search = new PartnerSearch(fields, countries, groups, types, false, k,
                    StoreOptions.weights(spec, weights));
            PartnerAnswer answer = StoreAnswers.open(spec, options.store).partners(HomeUnits.parse(home), search,
                    StoreAnswers.noRecords(),
                    org.meridian.core.matching.RegistryTies.none(), List.of());
            PrintWriter out = spec.commandLine().getOut();
            if (options.json()) {
                StoreOptions.printJson(out, answer);
                return 0;
            }
            CommandText text = options.text();
            out.println(text.get("cli.partners.heading", answer.home(), String.valueOf(answer.period()),
                    String.join(", ", answer.targetFields().stream().map(f -> f.id() + " " + f.name()).toList())));
            TextTable table = new TextTable(text.columns("rank", "institution", "name", "country", "score", "strength",
                    "complementarity", "feasibility", "diversity", "fields"));
            for (PartnerAnswer.Item item : answer.items()) {
                Factors f = item.factors();
                table.row(item.rank(), item.institutionId(), item.name(), item.country(), item.score(), f.strength(),
                        f.complementarity(), f.feasibility(), f.diversity(), String.join("; ", item.fieldNames()));
            }
            table.print(out);
            out.println();
            answer.items().forEach(item -> out.printf("%d. %s: %s%n", item.rank(), item.institutionId(),
                    text.reason(item.reasonCode(), item.reasonArguments(), item.reason())));
            out.flush();
            return 0;
        }
    }

    @Command(name = "talent", mixinStandardHelpOptions = true,
            description = "Researchers outside the home ranked by field-normalised output in the target fields.")
    static class Talent implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions options;

        @Option(names = "--home", required = true, description = "Institution id, country code or group.")
        String home;

        @Option(names = "-k", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
        int k;

        @Option(names = "--fields", split = ",", description = "Target subfield ids (default: as for partners).")
        List<String> fields = new ArrayList<>();

        @Option(names = "--countries", split = ",", description = "Only researchers in these countries.")
        Set<String> countries = Set.of();

        @Override
        public Integer call() throws Exception {
            TalentAnswer answer = StoreAnswers.open(spec, options.store).talent(HomeUnits.parse(home), fields, countries,
                    k, StoreAnswers.noRecords());
            PrintWriter out = spec.commandLine().getOut();
            if (options.json()) {
                StoreOptions.printJson(out, answer);
                return 0;
            }
            CommandText text = options.text();
            out.println(text.get("cli.talent.heading", answer.home(), String.valueOf(answer.period())));
            TextTable table = new TextTable(text.columns("rank", "author", "name", "affiliation", "country", "score",
                    "output", "excellence", "ties"));
            for (TalentRecommendation item : answer.items()) {
                table.row(item.rank(), item.author().id(), item.author().name(),
                        item.affiliation() == null ? "" : item.affiliation().name(), item.author().countryCode(),
                        item.score(), item.outputFactor(), item.excellenceFactor(), item.tiesFactor());
            }
            table.print(out);
            out.println();
            answer.items().forEach(item -> out.printf("%d. %s: %s%n", item.rank(), item.author().id(),
                    text.reason(item.reasonCode(), item.reasonArguments(), item.reason())));
            out.flush();
            return 0;
        }
    }
}
