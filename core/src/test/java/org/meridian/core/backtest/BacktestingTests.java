package org.meridian.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.matching.PartnerIndexSettings;

class BacktestingTests {

    static BacktestReport report;

    @BeforeAll
    static void runOnGeneratedWorld() {
        CollaborationWorld world = CollaborationWorld.generate(new CollaborationWorld.Settings(120, 2013, 2022, 8, 1));
        BacktestSettings settings = BacktestSettings.defaults(2019)
                .withIndex(PartnerIndexSettings.defaults().withRegions(CollaborationWorld.regions()));
        report = Backtesting.run(world.works(), settings);
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
    void findsFarMoreNewPartnersThanTheBestBaseline() {
        assertThat(report.lift()).isGreaterThan(1.5);
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
