package org.meridian.app.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.meridian.app.insight.bringin.BacktestCommand;
import org.meridian.app.insight.bringin.FrontierCommand;
import org.meridian.app.insight.bringin.GapsCommand;
import org.meridian.app.insight.bringin.RecommendCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code meridian} command: one entry point whose subcommands start the web application or run batch
 * jobs. Without a subcommand it serves, so {@code ./meridian --demo} is {@code ./meridian serve --demo}.
 */
@Command(name = "meridian", mixinStandardHelpOptions = true, versionProvider = MeridianVersion.class,
        description = "Meridian: run and steer international education and research cooperation.",
        subcommands = { ServeCommand.class, IngestCommand.class, IndicatorsCommand.class, FrontierCommand.class, GapsCommand.class,
                RecommendCommand.class, BacktestCommand.class, CommandLine.HelpCommand.class },
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./meridian serve --demo          start the web application with the demo institution",
                "  ./meridian serve --port 9090     start on another port",
                "  ./meridian ingest openalex DIR   load an OpenAlex snapshot into the analytics store",
                "  ./meridian indicators --unit-type country --unit CN --field-level field   indicators as CSV",
                "  ./meridian frontier --field 17   the fastest-emerging topics of Computer Science",
                "  ./meridian gaps --home CN        strengths, weaknesses, gaps and demand of a home unit",
                "  ./meridian recommend partners --home I27837315 -k 10   explained partner recommendations",
                "  ./meridian backtest --generated 60000   do recommendations come true? (vs. baselines)",
                "  ./meridian help serve            options of one subcommand" })
public class MeridianCommand {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        if (!Charset.defaultCharset().newEncoder().canEncode("中文")) {
            // a locale the system lacks (LANG=zh_CN.UTF-8 in a container without it) leaves Java with ASCII
            commandLine.setOut(utf8(FileDescriptor.out));
            commandLine.setErr(utf8(FileDescriptor.err));
        }
        try {
            return commandLine.execute(withDefaultSubcommand(commandLine, args));
        } catch (OutOfMemoryError tooMuch) {
            commandLine.getErr().printf("meridian: out of memory: the Java heap holds at most %,d MB. Give the command"
                    + " more, e.g. MERIDIAN_JAVA_OPTS=-Xmx8g ./meridian ...%n", Runtime.getRuntime().maxMemory() >> 20);
            return 1;
        }
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MeridianCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        return commandLine;
    }

    static String[] withDefaultSubcommand(CommandLine commandLine, String... args) {
        if (args.length > 0 && (commandLine.getSubcommands().containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        List<String> withServe = new ArrayList<>();
        withServe.add("serve");
        withServe.addAll(List.of(args));
        return withServe.toArray(String[]::new);
    }
}
