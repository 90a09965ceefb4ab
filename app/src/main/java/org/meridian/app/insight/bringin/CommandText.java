package org.meridian.app.insight.bringin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.meridian.core.landscape.FieldLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words of the bring-in commands in the reader's language, from the web application's message bundles: the
 * tables' headings and columns, the gap classes and every reason, as the Bring in page shows them.
 */
final class CommandText {

    /** The languages the bundles speak. */
    enum Language {
        EN(Locale.ENGLISH), ZH(Locale.CHINESE);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        /**
         * The language a command speaks when {@code --lang} is not given: {@code MERIDIAN_LANG}, else Chinese
         * when the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set starts with "zh",
         * else English.
         */
        static Language fromEnvironment(Map<String, String> environment) {
            String chosen = environment.get("MERIDIAN_LANG");
            if (chosen != null && !chosen.isBlank()) {
                return chosen.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
            for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
                String value = environment.get(variable);
                if (value != null && !value.isBlank()) {
                    return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
                }
            }
            return EN;
        }
    }

    private static final MessageSource MESSAGES = messages();
    /** Columns named after an indicator keep its name in every language. */
    private static final Set<String> INDICATORS = Set.of("p", "mncs", "pp_top10");

    private final Locale locale;

    private CommandText(Locale locale) {
        this.locale = locale;
    }

    static CommandText of(Language language) {
        return new CommandText(language.locale);
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The text of {@code code} with its arguments. */
    String get(String code, Object... arguments) {
        return MESSAGES.getMessage(code, arguments, locale);
    }

    /** A reason in the reader's language from its code and formatted numbers; the English text if the code is unknown. */
    String reason(String code, List<String> arguments, String english) {
        return code == null ? english : MESSAGES.getMessage(code, arguments.toArray(), english, locale);
    }

    /** The name of a field level ("subfield", "子领域"). */
    String level(FieldLevel level) {
        return get("indicators.fieldLevel." + level.name().toLowerCase(Locale.ROOT));
    }

    /** The column names of a table, from {@code cli.column.*}; the indicators keep their names (p, mncs, pp_top10). */
    String[] columns(String... names) {
        String[] columns = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = INDICATORS.contains(names[i]) ? names[i] : get("cli.column." + names[i]);
        }
        return columns;
    }
}
