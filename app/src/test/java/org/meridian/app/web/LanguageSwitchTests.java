package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageSwitchTests {

    @Test
    void returnsOnlyToPathsOfThisSite() {
        String listView = "/partners?q=%E5%8C%97&sort=-name";
        assertThat(LanguageSwitch.localPath(listView)).isEqualTo(listView);
        assertThat(LanguageSwitch.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath("/a\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(LanguageSwitch.localPath(null)).isEqualTo("/");
    }

    @Test
    void offersChineseAndEnglishOnly() {
        assertThat(UserLocaleResolver.offered("zh-CN")).contains(Locale.CHINESE);
        assertThat(UserLocaleResolver.offered("zh_TW")).contains(Locale.CHINESE);
        assertThat(UserLocaleResolver.offered("en-GB")).contains(Locale.ENGLISH);
        assertThat(UserLocaleResolver.offered("fr")).isEmpty();
        assertThat(UserLocaleResolver.offered(null)).isEmpty();
    }
}
