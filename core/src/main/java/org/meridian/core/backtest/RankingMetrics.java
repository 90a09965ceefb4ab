package org.meridian.core.backtest;

import java.util.List;
import java.util.Set;

/**
 * Measures of a ranked list against the set of right answers, with binary relevance: precision@k = hits in
 * the first k / k; recall@k = hits in the first k / number of right answers; nDCG@k = Σ_{hits at rank i}
 * 1/log2(i + 1) over the same sum for a perfect list (min(k, right answers) hits at the top).
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    public static double precision(List<String> ranked, Set<String> relevant, int k) {
        return hits(ranked, relevant, k) / (double) k;
    }

    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        return relevant.isEmpty() ? 0 : hits(ranked, relevant, k) / (double) relevant.size();
    }

    public static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double gain = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                gain += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : gain / ideal;
    }

    private static int hits(List<String> ranked, Set<String> relevant, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
            }
        }
        return hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
