package org.meridian.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.scholarly.Work;
import org.meridian.core.scholarly.generator.GeneratorSettings;
import org.meridian.core.scholarly.generator.SyntheticWorks;

/** The backtest on a small world of the benchmark generator ({@link SyntheticWorks}: 12,000 works, 150 institutions). */
class BacktestingTests {

    static BacktestReport report;

    @BeforeAll
    static void runOnGeneratedWorks() {
        List<Work> works = new ArrayList<>();
        new SyntheticWorks(new GeneratorSettings(12_000, 1, 2013, 2022, 150)).forEachRemaining(works::add);
        report = Backtesting.run(works, BacktestSettings.defaults(2019));
    }

    @Test
    void evaluatesManyHomes() {
        assertThat(report.homes()).isGreaterThan(50);
    }

    @Test
    void beatsEveryBaselineOnEveryMeasure() {
        MethodScore meridian = report.method(BacktestReport.MERIDIAN);
        for (Baseline baseline : Baseline.values()) {
            MethodScore other = report.method(baseline.label());
            assertThat(meridian.precision()).as(baseline.label()).isGreaterThan(other.precision());
            assertThat(meridian.recall()).as(baseline.label()).isGreaterThan(other.recall());
            assertThat(meridian.ndcg()).as(baseline.label()).isGreaterThan(other.ndcg());
        }
    }

    @Test
    void findsClearlyMoreNewPartnersThanTheBestBaseline() {
        assertThat(report.lift()).isGreaterThan(1.3);
    }

    @Test
    void writesOneCsvRowPerMethod() {
        StringWriter csv = new StringWriter();
        report.writeCsv(csv);

        assertThat(csv.toString().lines()).hasSize(1 + 1 + Baseline.values().length)
                .first().isEqualTo("method,k,homes,precision_at_k,recall_at_k,ndcg_at_k");
        assertThat(report.table()).contains("most productive in targets", "precision@10");
    }
}
