package org.meridian.core.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.meridian.core.matching.HomeContext;
import org.meridian.core.matching.PartnerIndex;

/** Simple partner rankings to compare against, over the same eligible candidates as Meridian's. */
public enum Baseline {

    /** The institutions with the highest fractional output over the period. */
    MOST_PRODUCTIVE("most productive") {
        @Override
        List<String> rank(PartnerIndex index, HomeContext home, int k, Random random) {
            return top(index, home, k, index::totalP);
        }
    },
    /** The institutions with the highest fractional output in the home's target fields. */
    MOST_PRODUCTIVE_IN_TARGETS("most productive in targets") {
        @Override
        List<String> rank(PartnerIndex index, HomeContext home, int k, Random random) {
            int[] targets = home.targets();
            return top(index, home, k, c -> {
                double p = 0;
                for (int f : targets) {
                    p += index.p(c, f);
                }
                return p;
            });
        }
    },
    /** k eligible institutions drawn at random (seeded). */
    RANDOM("random") {
        @Override
        List<String> rank(PartnerIndex index, HomeContext home, int k, Random random) {
            List<Integer> eligible = eligible(index, home);
            Collections.shuffle(eligible, random);
            return eligible.stream().limit(k).map(c -> index.candidate(c).id()).toList();
        }
    };

    private final String label;

    Baseline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract List<String> rank(PartnerIndex index, HomeContext home, int k, Random random);

    private static List<Integer> eligible(PartnerIndex index, HomeContext home) {
        List<Integer> eligible = new ArrayList<>();
        for (int c = 0; c < index.candidateCount(); c++) {
            if (home.eligible(c)) {
                eligible.add(c);
            }
        }
        return eligible;
    }

    private static List<String> top(PartnerIndex index, HomeContext home, int k, IntToDoubleFunction value) {
        return eligible(index, home).stream()
                .sorted(Comparator.<Integer>comparingDouble(value::applyAsDouble).reversed().thenComparing(c -> c))
                .limit(k)
                .map(c -> index.candidate(c).id())
                .toList();
    }
}
