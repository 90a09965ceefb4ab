package org.meridian.app.insight.bringin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.cli.MeridianCommand;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.core.scholarly.generator.GeneratorSettings;

import picocli.CommandLine;

class BringInCliTests {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = MeridianCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void backtestOnGeneratedWorksPrintsATableWhereMeridianBeatsRandomAndTargetBaselines() throws Exception {
        Path csv = folder.resolve("backtest.csv");

        Run run = run("backtest", "--generated", "8000", "--institutions", "200", "--seed", "3", "--homes", "60",
                "-k", "10", "--out", csv.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("precision@10", "most productive in targets", "random");
        Map<String, Double> precision = new HashMap<>();
        for (String line : run.out().lines().toList()) {
            String[] cells = line.trim().split("\\s{2,}");
            if (cells.length == 4 && cells[1].matches("[0-9.]+")) {
                precision.put(cells[0], Double.parseDouble(cells[1]));
            }
        }
        assertThat(precision).containsOnlyKeys("meridian", "most productive", "most productive in targets", "random");
        // on these generated works Meridian and "most productive" are close (0.216 and 0.200 at seed 3): the
        // generator draws half of the new partners by size; the baselines it does beat are asserted
        for (String baseline : List.of("most productive in targets", "random")) {
            assertThat(precision.get("meridian")).as(baseline).isGreaterThan(precision.get(baseline));
        }
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(5).first().isEqualTo("method,k,homes,precision_at_k,recall_at_k,ndcg_at_k");
        assertThat(rows.get(1)).startsWith("meridian,10,");
    }

    @Test
    void backtestSpeaksChineseWhileItsCsvKeepsTheMethodIds() throws Exception {
        Path csv = folder.resolve("backtest-zh.csv");

        Run run = run("backtest", "--generated", "8000", "--institutions", "200", "--seed", "3", "--homes", "30",
                "--out", csv.toString(), "--lang", "zh");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("回测截至 2019 年", "方法", "目标领域产出最多", "随机", "为最佳基线的", "CSV 已写入")
                .doesNotContain("most productive", "Backtest took");
        assertThat(Files.readString(csv)).contains("most productive in targets,10,", "random,10,");
    }

    @Test
    void backtestRanksWithTheWeightsItIsGivenAndSaysSo() {
        Run run = run("backtest", "--generated", "8000", "--institutions", "200", "--seed", "3", "--homes", "30",
                "--lang", "en", "--weights", "complementarity:0.4");
        Run wrong = run("backtest", "--generated", "8000", "--weights", "complementarity:much");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Meridian ranked with the default weights changed by complementarity:0.4");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("--weights: write name:weight pairs");
    }

    @Test
    void gapsAndPartnersReadTheStoreAndPrintTables() throws Exception {
        Path store = folder.resolve("analytics.duckdb");
        String home = storeOfGeneratedWorks(store);

        Run gaps = run("gaps", "--home", home, "--store", store.toString(), "--lang", "en");
        Run partners = run("recommend", "partners", "--home", home, "-k", "3", "--store", store.toString(), "--lang", "en");
        Run json = run("recommend", "partners", "--home", home, "-k", "3", "--store", store.toString(), "--format", "json");

        assertThat(gaps.exitCode()).as(gaps.err()).isZero();
        assertThat(gaps.out()).startsWith("Gap map of " + home).contains("activity", "Reasons:", "Five-Year Plan");
        assertThat(partners.exitCode()).as(partners.err()).isZero();
        assertThat(partners.out().lines().filter(line -> line.matches("\\s*[123]\\s+I\\d+.*"))).hasSize(3);
        assertThat(json.out()).contains("\"factors\"", "\"complementarity\"");

        Run reweighted = run("recommend", "partners", "--home", home, "-k", "3", "--store", store.toString(), "--format",
                "json", "--weights", "complementarity:0.6");
        Run wrong = run("recommend", "partners", "--home", home, "--store", store.toString(), "--weights", "novelty:1");
        assertThat(reweighted.exitCode()).as(reweighted.err()).isZero();
        assertThat(reweighted.out()).contains("\"complementarity\" : 0.6");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("--weights: unknown weight 'novelty'");
    }

    @Test
    void gapsPartnersTalentAndFrontierSpeakChineseWhenAsked() throws Exception {
        Path store = folder.resolve("analytics.duckdb");
        String home = storeOfGeneratedWorks(store);

        Run gaps = run("gaps", "--home", home, "--store", store.toString(), "--lang", "zh");
        Run partners = run("recommend", "partners", "--home", home, "-k", "3", "--store", store.toString(), "--lang", "zh");
        Run talent = run("recommend", "talent", "--home", home, "-k", "2", "--store", store.toString(), "--lang", "zh");
        Run frontier = run("frontier", "-k", "3", "--store", store.toString(), "--lang", "zh");

        assertThat(gaps.exitCode()).as(gaps.err()).isZero();
        assertThat(gaps.out()).startsWith(home + " 的差距图").contains("活动指数", "理由：", "需求清单：")
                .doesNotContain("Reasons:", "activity index", "under-represented");
        List<String> reasons = gaps.out().lines().dropWhile(line -> !line.equals("理由：")).skip(1)
                .takeWhile(line -> line.startsWith("  ")).toList();
        assertThat(reasons).isNotEmpty().allMatch(line -> line.matches("  \\d+ (优势|薄弱|缺位|交叉|急需): .*"));
        assertThat(partners.exitCode()).as(partners.err()).isZero();
        assertThat(partners.out()).contains("的推荐合作伙伴", "互补性", "可行性");
        assertThat(partners.out().lines().filter(line -> line.matches("[123]\\. I\\d+: 目标领域实力 .*"))).hasSize(3);
        assertThat(talent.exitCode()).as(talent.err()).isZero();
        assertThat(talent.out()).contains("可引进的研究人员", "所属机构");
        assertThat(talent.out().lines().filter(line -> line.matches("[12]\\. A\\d+: 领域归一化产出 .*"))).hasSize(2);
        assertThat(frontier.exitCode()).as(frontier.err()).isZero();
        assertThat(frontier.out()).startsWith("全部学科的前沿").contains("研究主题层级", "年增长");
    }

    @Test
    void refusesALanguageItDoesNotSpeak() {
        Run run = run("frontier", "--lang", "fr", "--store", folder.resolve("none.duckdb").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--lang", "EN", "ZH");
    }

    /** Ingests 6,000 generated works into {@code store}; returns the first institution's id. */
    private static String storeOfGeneratedWorks(Path store) throws Exception {
        try (AnalyticsStore opened = AnalyticsStore.open(store)) {
            GeneratedStore.ingest(opened, new GeneratorSettings(6_000, 11, 2015, 2024, 100));
            return new LandscapeCache(opened).current().orElseThrow().landscape().units(
                    org.meridian.core.landscape.UnitType.INSTITUTION).get(0).id();
        }
    }

    @Test
    void saysInOneLineWhenACommandRunsOutOfMemory() throws Exception {
        Path store = folder.resolve("analytics.duckdb");
        String home = storeOfGeneratedWorks(store);
        String launcher = ProcessHandle.current().info().command().orElse("java");

        // 16 MB hold the command line but not the tally of 6,000 works
        Process child = new ProcessBuilder(launcher, "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.meridian.app.cli.MeridianCommand", "gaps", "--home", home, "--store", store.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isEqualTo(1);
        // the heap the JVM reports is a little under -Xmx (a survivor space is left out)
        assertThat(output.strip()).matches("meridian: out of memory: the Java heap holds at most 1[0-6] MB\\. .*")
                .contains("MERIDIAN_JAVA_OPTS=-Xmx8g").doesNotContain("Exception", "\tat ");
    }

    @Test
    void saysHowToIngestWhenTheStoreIsMissing() {
        Run run = run("frontier", "--store", folder.resolve("none.duckdb").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("./meridian ingest openalex PATH");
    }
}
