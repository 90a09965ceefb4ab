package org.meridian.app.insight;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A caveat of an insight report (balance, scorecard, coverage): its English text, and the same sentence as a message
 * code of the application's bundles with the values it names, so that a page gives it in the reader's language.
 *
 * @param code      the message code, e.g. {@code insight.balance.note.governance}
 * @param arguments the values of the message's {@code {0}, {1}, ...} in order, as they stand in {@code text}
 * @param text      the sentence in English
 */
@Schema(description = "A caveat: its English text, and its message code with arguments for other languages")
public record InsightNote(
        @Schema(description = "message code of the UI bundles (messages.properties, messages_zh.properties)",
                example = "insight.scorecard.note.provincePeers.allYears") String code,
        @ArraySchema(arraySchema = @Schema(description = "the message's arguments {0}, {1}, ... in order, as plain"
                + " text")) List<String> arguments,
        @Schema(description = "the sentence in English",
                example = "Peers: the 2 institutions of province CN-GD, from their records of all years.") String text) {

    public InsightNote {
        arguments = List.copyOf(arguments);
    }

    /** A note naming {@code arguments}, each as its {@code String.valueOf} (no grouping of digits, no locale). */
    static InsightNote of(String code, String text, Object... arguments) {
        return new InsightNote(code, Arrays.stream(arguments).map(String::valueOf).toList(), text);
    }
}
