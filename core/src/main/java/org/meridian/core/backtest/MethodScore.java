package org.meridian.core.backtest;

/** A method's precision@k, recall@k and nDCG@k averaged over the homes evaluated. */
public record MethodScore(String method, double precision, double recall, double ndcg) {
}
