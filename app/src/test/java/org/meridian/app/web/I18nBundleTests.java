package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.meridian.app.imports.ImportOutcome;
import org.meridian.app.imports.ImportProgress;
import org.meridian.app.security.Role;

/** Every UI text exists in English and in Chinese, and no page or code asks for a text the bundle lacks. */
class I18nBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)");
    private static final Pattern JAVA_CODE = Pattern.compile(
            "\"((?:import|account|invalid|error|nav|role|login|dashboard)\\.[A-Za-z0-9_.\\-]*[A-Za-z0-9])\"");

    /** Message codes the services give with their problems ({@code InputCheck.reject}, {@code InvalidInput.of}). */
    private static final Pattern PROBLEM_CODE = Pattern
            .compile("\"((?:invalid|import\\.problem|gaps\\.reason|partners\\.reason|frontier\\.reason|talent\\.reason)\\.[A-Za-z0-9.\\-]*[A-Za-z0-9])\"");
    private static final Pattern RULE_CODE = Pattern.compile("new RuleViolation\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern INSIGHT_NOTE_CODE = Pattern.compile(
            "\"(insight\\.(?:(?:balance|scorecard|coverage)\\.note|publications)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final List<Path> SERVICE_SOURCES = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"));

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = bundle("messages.properties").stringPropertyNames();
        Set<String> chinese = bundle("messages_zh.properties").stringPropertyNames();
        assertThat(new TreeSet<>(chinese)).as("keys missing in messages_zh.properties")
                .containsAll(new TreeSet<>(english));
        assertThat(new TreeSet<>(english)).as("keys missing in messages.properties").containsAll(chinese);
    }

    @Test
    void everyChineseTextIsWrittenInChinese() throws IOException {
        Properties chinese = bundle("messages_zh.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            String value = chinese.getProperty(key);
            String lettersOwed = value.replaceAll("REST|CSV|Excel|Meridian|\\{[^}]*}", "");
            boolean han = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!han && lettersOwed.codePoints().anyMatch(Character::isLetter)) {
                untranslated.add(key + "=" + value);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void templatesUseOnlyKeysOfTheBundle() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messageCodesInTheCodeExistInTheBundle() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A problem or rule a service reports by code is shown to a Chinese user in Chinese: every such code (in
     * {@code app} and {@code core}) has its message in both languages, {@code rule.<code>} for a
     * {@code RuleViolation}.
     */
    @Test
    void everyCodeOfAServiceProblemOrRuleIsTranslated() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (Path root : SERVICE_SOURCES) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(source);
                    Set<String> keys = new TreeSet<>();
                    PROBLEM_CODE.matcher(text).results().forEach(match -> keys.add(match.group(1)));
                    RULE_CODE.matcher(text).results().forEach(match -> keys.add("rule." + match.group(1)));
                    codes.addAll(keys);
                    keys.stream().filter(key -> !english.containsKey(key) || !chinese.containsKey(key))
                            .forEach(key -> missing.add(source.getFileName() + ": " + key
                                    + (chinese.containsKey(key) ? " (English)" : " (Chinese)")));
                }
            }
        }
        assertThat(codes).as("the scan finds the codes").contains("invalid.too-long", "invalid.ends-before-start",
                "rule.partner.in-use", "import.problem.noPartner");
        assertThat(missing).isEmpty();
    }

    /** A translation that drops or invents a {0} would show the wrong value or a raw brace. */
    @Test
    void validationMessagesTakeTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh.properties");
        Set<String> differing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if ((key.startsWith("invalid.") || key.startsWith("rule.") || key.startsWith("import.problem."))
                    && chinese.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(chinese.getProperty(key)))) {
                differing.add(key);
            }
        }
        assertThat(differing).isEmpty();
    }

    /**
     * The caveats of the balance, scorecard and coverage come with their message code and arguments: every code the
     * code names is in the bundle, each translation takes the same arguments, and each note on the publication figures
     * has the balance's research note ({@code insight.balance.note.research.*}) built on it.
     */
    @Test
    void insightNotesAreTranslatedWithTheSameArguments() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/meridian/app/insight"), 1)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                INSIGHT_NOTE_CODE.matcher(Files.readString(source)).results()
                        .forEach(match -> named.add(match.group(1)));
            }
        }
        assertThat(named).as("the scan finds the codes").contains("insight.balance.note.governance",
                "insight.publications.read", "insight.coverage.note.members");
        assertThat(english.stringPropertyNames()).containsAll(named);
        Set<String> notes = new TreeSet<>(english.stringPropertyNames());
        notes.removeIf(key -> !INSIGHT_NOTE_CODE.matcher('"' + key + '"').matches());
        Set<String> differing = new TreeSet<>();
        for (String key : notes) {
            if (!placeholders(english.getProperty(key)).equals(placeholders(chinese.getProperty(key, "")))) {
                differing.add(key);
            }
            if (key.startsWith("insight.publications.")) {
                String research = "insight.balance.note.research." + key.substring("insight.publications.".length());
                assertThat(english.getProperty(research)).as(research).isNotNull();
                assertThat(placeholders(english.getProperty(research))).as(research)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
        assertThat(differing).isEmpty();
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(message).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    @Test
    void keysThatPagesComposeExist() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Arrays.stream(Role.values()).forEach(role -> assertThat(known).contains("role." + role.name()));
        Arrays.stream(ImportProgress.Phase.values())
                .forEach(phase -> assertThat(known).contains("import.phase." + phase.name()));
        Arrays.stream(ImportOutcome.Status.values())
                .forEach(status -> assertThat(known).contains("import.status." + status.name()));
        for (int status : new int[] { 400, 403, 404, 405, 409, 413, 500 }) {
            assertThat(known).contains("error." + status + ".title", "error." + status + ".text");
        }
    }
}
