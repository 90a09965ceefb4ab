package org.meridian.app.insight.bringin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.meridian.app.insight.bringin.CommandText.Language;

class CommandTextTests {

    @Test
    void speaksChineseWhereTheEnvironmentAsksForIt() {
        assertThat(Language.fromEnvironment(Map.of())).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LC_MESSAGES", "zh_TW.UTF-8", "LANG", "C.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of("MERIDIAN_LANG", "en", "LANG", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("MERIDIAN_LANG", "zh", "LANG", "C"))).isEqualTo(Language.ZH);
    }

    @Test
    void givesTheSameReasonAsThePageInEitherLanguage() {
        List<String> arguments = List.of("0.21", "0.50", "3.0", "30", "25");

        assertThat(CommandText.of(Language.ZH).reason("gaps.reason.gap", arguments, "english"))
                .isEqualTo("代表性不足：活动指数 0.21 < 0.50（p 3.0）；处于前沿：该领域近期世界作品中 30% 属于前沿主题 >= 25%");
        assertThat(CommandText.of(Language.EN).reason("gaps.reason.gap", arguments, "english")).startsWith("under-represented");
        assertThat(CommandText.of(Language.ZH).reason(null, List.of(), "as computed")).isEqualTo("as computed");
    }

    @Test
    void alignsColumnsOfChineseTextByTheTerminalWidth() {
        StringWriter text = new StringWriter();
        new TextTable("名称", "p").row("清华大学", "12.5").row("MIT", "3.0").print(new PrintWriter(text));

        List<String> lines = text.toString().lines().toList();
        assertThat(TextTable.width("清华大学")).isEqualTo(8);
        assertThat(lines).containsExactly("名称      p", "--------  ----", "清华大学  12.5", "MIT        3.0");
    }
}
