package org.meridian.app.scholarly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.MeridianIntegrationTest;
import org.meridian.app.TestUsers;
import org.meridian.app.security.Role;
import org.meridian.app.web.Browser;
import org.meridian.app.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianIntegrationTest
class IngestPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @TempDir
    Path folder;

    @Test
    void anAdministratorStartsAnIngestOfAServerPathAndWatchesItEndWithItsRejectedLines() throws Exception {
        Path file = folder.resolve("three-works-and-a-broken-line.jsonl");
        List<String> sample = sampleLines();
        Files.writeString(file, sample.get(0) + "\n" + sample.get(1) + "\n" + sample.get(2) + "\n{\"id\": broken\n");

        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", TestUsers.ADMIN_PASSWORD).visit("/indicators");
            browser.clickAndWait(browser.find("[data-test=ingest-link]"));
            browser.find("#path").sendKeys(file.toString());
            browser.find("#threads").sendKeys("1");
            browser.clickAndWait(browser.find("[data-test=ingest-form] button[type=submit]"));
            browser.waitForText("[data-test=ingest-state]", "Failed");
            browser.screenshot("ingest-ended");

            // the whole status, failure message included, if the run ended otherwise than expected
            assertThat(browser.text("[data-test=ingest-works]")).as(browser.text("[data-test=ingest-status]"))
                    .isEqualTo("3");
            assertThat(browser.text("[data-test=ingest-rejected]")).isEqualTo("1");
            assertThat(browser.text("[data-test=ingest-threshold]")).contains("25.00%").contains("1.00%");
            assertThat(browser.text("[data-test=ingest-problems]")).contains("Malformed JSON")
                    .contains(file + ":4");
            browser.visit("/indicators/ingest");
            assertThat(browser.text("[data-test=ingest-runs]")).contains(file.toString()).contains("Failed");
            assertThat(browser.text("[data-test=ingest-files]")).contains(file.toString());
        }
    }

    @Test
    void refusesAPathThatIsNotOnTheServer() {
        WebSession admin = WebSession.signIn(port, "admin", TestUsers.ADMIN_PASSWORD);
        admin.get("/indicators/ingest");

        WebSession.Page refused = admin.post("/indicators/ingest", Map.of("path", folder.resolve("nothing-here").toString()));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("data-test=\"ingest-refused\"")
                .contains("There is no such file or folder on the server.");
    }

    @Test
    void refusesAThreadCountThatIsNotAWholeNumberFromOneTo64() throws Exception {
        Path file = Files.writeString(folder.resolve("one.jsonl"), sampleLines().get(0) + "\n");
        WebSession admin = WebSession.signIn(port, "admin", TestUsers.ADMIN_PASSWORD);
        admin.get("/indicators/ingest");

        for (String threads : List.of("0", "65", "two")) {
            WebSession.Page refused = admin.post("/indicators/ingest", Map.of("path", file.toString(), "threads", threads));

            assertThat(refused.text()).as(threads).contains("data-test=\"ingest-refused\"")
                    .contains("give a whole number from 1 to 64").contains("value=\"" + threads + "\"");
        }
    }

    @Test
    void isForAdministratorsOnly() {
        TestUsers.Caller analyst = testUsers.newUser(Role.ANALYST, testUsers.newTenant("Ingest Page U"), port);
        WebSession session = WebSession.signIn(port, analyst.account().username(), TestUsers.PASSWORD);

        assertThat(session.get("/indicators/ingest").status()).isEqualTo(403);
        assertThat(session.get("/indicators").text()).doesNotContain("data-test=\"ingest-link\"");
    }

    private static List<String> sampleLines() throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(SharedSamples.openAlexWorks("works_sample.jsonl.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(3).toList();
        }
    }
}
