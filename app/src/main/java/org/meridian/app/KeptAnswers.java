package org.meridian.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers kept under their question, the least recently asked forgotten beyond a capacity. A question that must
 * miss once its sources change carries their revision in it. Thread-safe; computing an answer holds no lock, so
 * two callers asking the same new question at once may both compute it.
 *
 * @param <Q> the question: a value with {@code equals} and {@code hashCode}
 * @param <A> the answer
 */
public final class KeptAnswers<Q, A> {

    private final Map<Q, A> answers;

    public KeptAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Q, A> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The kept answer to {@code question}, else the one {@code compute} gives, then kept. */
    public A get(Q question, Supplier<A> compute) {
        synchronized (answers) {
            A kept = answers.get(question);
            if (kept != null) {
                return kept;
            }
        }
        A answer = compute.get();
        synchronized (answers) {
            answers.put(question, answer);
        }
        return answer;
    }

    /** Forgets every kept answer. */
    public void clear() {
        synchronized (answers) {
            answers.clear();
        }
    }
}
