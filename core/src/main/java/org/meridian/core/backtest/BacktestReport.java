package org.meridian.core.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a backtest: one row per method, Meridian first, then the baselines.
 *
 * @param homes                  homes evaluated (each with at least one new partner in the truth period)
 * @param homesWithoutNewPartner homes drawn but left out because they found no new partner
 */
public record BacktestReport(BacktestSettings settings, int homes, int homesWithoutNewPartner,
        List<MethodScore> methods) {

    public static final String MERIDIAN = "meridian";

    public BacktestReport {
        methods = List.copyOf(methods);
    }

    public MethodScore method(String name) {
        return methods.stream().filter(m -> m.method().equals(name)).findFirst().orElseThrow();
    }

    /** Meridian's precision@k over the best baseline's (infinite when every baseline scores 0). */
    public double lift() {
        double best = methods.stream().filter(m -> !m.method().equals(MERIDIAN)).mapToDouble(MethodScore::precision)
                .max().orElse(0);
        return best > 0 ? method(MERIDIAN).precision() / best : Double.POSITIVE_INFINITY;
    }

    public String table() {
        int k = settings.k();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Backtest as of %d: new co-publications %s, k = %d, %d homes (%d without a new partner left out)%n",
                settings.asOfYear(), settings.truthPeriod(), k, homes, homesWithoutNewPartner));
        table.append(String.format(Locale.ROOT, "%-28s %12s %12s %12s%n", "method", "precision@" + k, "recall@" + k,
                "nDCG@" + k));
        for (MethodScore score : methods) {
            table.append(String.format(Locale.ROOT, "%-28s %12.4f %12.4f %12.4f%n", score.method(), score.precision(),
                    score.recall(), score.ndcg()));
        }
        if (homes == 0) {
            table.append("No home found a new partner in the truth period: nothing to compare.\n");
        } else {
            table.append(String.format(Locale.ROOT, "Meridian precision@%d / best baseline: %.2fx%n", k, lift()));
        }
        return table.toString();
    }

    /** Writes {@code method,k,homes,precision_at_k,recall_at_k,ndcg_at_k} with a header line. */
    public void writeCsv(Appendable out) {
        try {
            out.append("method,k,homes,precision_at_k,recall_at_k,ndcg_at_k\n");
            for (MethodScore score : methods) {
                out.append(String.format(Locale.ROOT, "%s,%d,%d,%.6f,%.6f,%.6f\n", score.method(), settings.k(), homes,
                        score.precision(), score.recall(), score.ndcg()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
