package org.meridian.app.insight.bringin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian frontier}: the topics of a field by emergence score, with the numbers behind each score. */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Where the world's research is moving: topics by emergence score (growth and share of highly"
                + " cited works, with enough volume), over the analytics store's works.",
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian frontier                      the top topics of all fields",
                "  ./meridian frontier --field 17 -k 10     the frontier of Computer Science",
                "  ./meridian frontier --field 1702 --format json" })
public class FrontierCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Option(names = "--field", description = "OpenAlex domain, field or subfield id (default: all fields).")
    String field;

    @Option(names = "-k", defaultValue = "20", description = "Topics shown (default: ${DEFAULT-VALUE}).")
    int k;

    @Override
    public Integer call() throws Exception {
        FrontierAnswer answer = StoreAnswers.open(spec, options.store).frontier(field, k);
        PrintWriter out = spec.commandLine().getOut();
        if (options.json()) {
            StoreOptions.printJson(out, answer);
            return 0;
        }
        CommandText text = options.text();
        String scope = answer.field() == null ? text.get("cli.frontier.world")
                : text.get("cli.frontier.field", answer.field().name(), answer.field().id());
        out.println(text.get("cli.frontier.heading", scope, String.valueOf(answer.period()), text.level(answer.itemLevel()),
                String.format("%.0f", answer.minVolume()), String.format("%.2f", answer.frontierScore())));
        TextTable table = new TextTable(text.columns("topic", "name", "works", "cagr", "pp_top10", "score", "frontier"));
        for (FrontierAnswer.Item item : answer.items()) {
            table.row(item.id(), item.name(), String.format("%.0f", item.emergence().p()),
                    String.format("%.1f%%", 100 * item.emergence().cagr()), String.format("%.1f%%", 100 * item.recentPpTop10()),
                    item.emergence().score(), item.onFrontier() ? text.get("cli.frontier.yes") : "");
        }
        table.print(out);
        return 0;
    }
}
