package org.meridian.app.insight.bringin;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian gaps --home ...}: the gap map of a home unit. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "The gap map of a home unit: every subfield with its p, MNCS, pp_top10 and activity index"
                + " against the world, and its classes (strength, weakness, gap, intersection, high demand) with"
                + " the reason. Demand: China's national priorities (records need the web application).",
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian gaps --home I27837315          one institution",
                "  ./meridian gaps --home CN                 a country",
                "  ./meridian gaps --home bri --all          the Belt and Road countries, every field" })
public class GapsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Option(names = "--home", required = true, description = "Institution id (I123), country (CN), group (oecd, bri)"
            + " or a comma-separated list.")
    String home;

    @Option(names = "--all", description = "Show fields without a class too.")
    boolean all;

    @Override
    public Integer call() throws Exception {
        GapAnswer answer = StoreAnswers.open(spec, options.store).gaps(HomeUnits.parse(home), StoreAnswers.noRecords(),
                List.of());
        PrintWriter out = spec.commandLine().getOut();
        if (options.json()) {
            StoreOptions.printJson(out, answer);
            return 0;
        }
        CommandText text = options.text();
        out.println(text.get("cli.gaps.heading", answer.home(), String.valueOf(answer.period()),
                text.level(answer.settings().level())));
        TextTable table = new TextTable(text.columns("field", "name", "p", "mncs", "pp_top10", "activity", "classes"));
        for (GapAnswer.Field field : answer.fields()) {
            if (all || !field.classes().isEmpty()) {
                table.row(field.id(), field.name(), String.format("%.1f", field.p()), field.mncs(),
                        String.format("%.1f%%", 100 * field.ppTop10()), field.activityIndex(),
                        field.classes().stream().map(c -> text.get("bringIn.class." + c.gapClass().name()))
                                .distinct().collect(Collectors.joining(", ")));
            }
        }
        table.print(out);
        out.println();
        out.println(text.get("cli.gaps.reasons"));
        for (GapAnswer.Field field : answer.fields()) {
            field.classes().forEach(c -> out.printf("  %s %s: %s%n", field.id(), text.get("bringIn.class." + c.gapClass().name()),
                    text.reason(c.code(), c.arguments(), c.reason())));
        }
        answer.demandSources().forEach(s -> out.println(text.get("cli.gaps.demandList", s.name(), s.source())));
        out.flush();
        return 0;
    }
}
