package org.meridian.app.insight.bringin;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.meridian.app.InvalidInput;
import org.meridian.core.matching.PartnerWeights;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Options the bring-in commands share: where the analytics store is, and how and in which language to print. */
public class StoreOptions {

    /** How a command prints its answer. */
    public enum Format {
        TABLE, JSON
    }

    @Option(names = "--store", description = "Analytics store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:meridian.analytics.path:-${env:MERIDIAN_DATA_DIR:-./data}/analytics.duckdb}")
    Path store;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", description = "Language of the tables and reasons: en or zh (default: MERIDIAN_LANG, else zh"
            + " when LC_ALL, LC_MESSAGES or LANG starts with zh, else en).")
    CommandText.Language language;

    /** The command's words in the chosen language. */
    CommandText text() {
        return CommandText.of(language != null ? language : CommandText.Language.fromEnvironment(System.getenv()));
    }

    boolean json() {
        return format == Format.JSON;
    }

    /** The default partner weights changed by a {@code --weights} option; a wrong one is a usage error (exit 2). */
    static PartnerWeights weights(CommandSpec spec, String pairs) {
        try {
            return PartnerSearch.weights(pairs);
        } catch (InvalidInput wrong) {
            // "weights: what is wrong", as the option's name
            throw new ParameterException(spec.commandLine(), "--" + wrong.getMessage());
        }
    }

    static void printJson(PrintWriter out, Object value) {
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(value));
        out.flush();
    }
}
