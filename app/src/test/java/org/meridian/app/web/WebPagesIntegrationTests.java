package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.meridian.app.ApiClient;
import org.meridian.app.MeridianIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web UI over plain HTTP, on both databases: what a browser gets before and around signing in. */
@MeridianIntegrationTest
class WebPagesIntegrationTests {

    @LocalServerPort
    int port;

    private ApiClient.Response page(String path, String language) {
        ApiClient anonymous = new ApiClient(port, null);
        return anonymous.send(anonymous.request(path).header("Accept", "text/html")
                .header("Accept-Language", language).GET());
    }

    @Test
    void sendsABrowserThatHasNotSignedInToTheLoginPage() {
        ApiClient.Response response = page("/partners?country=CN", "en");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void speaksTheBrowsersLanguageOnTheLoginPage() {
        assertThat(page("/login", "zh-CN,zh;q=0.9,en;q=0.8").text()).contains("<h1>登录</h1>", "lang=\"zh\"");
        assertThat(page("/login", "fr-FR,en;q=0.5").text()).contains("<h1>Sign in</h1>");
        assertThat(page("/login", "de-DE").text()).contains("<h1>Sign in</h1>");
    }

    @Test
    void servesHtmxAndEchartsUnderVersionlessUrls() {
        assertThat(page("/webjars/htmx.org/dist/htmx.min.js", "en").status()).isEqualTo(200);
        assertThat(page("/webjars/echarts/dist/echarts.min.js", "en").status()).isEqualTo(200);
        assertThat(page("/css/meridian.css", "en").text()).contains(":focus-visible");
    }

    @Test
    void refusesALanguageSwitchWithoutCsrfToken() {
        ApiClient anonymous = new ApiClient(port, null);
        ApiClient.Response response = anonymous.send(anonymous.request("/language").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=zh&returnTo=/login")));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("Not allowed").doesNotContain("Exception");
    }
}
