package org.meridian.app.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.meridian.app.KeptAnswers;
import org.meridian.app.scholarly.ScholarlyEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps computed insight figures (balances, coverage, scorecards) until what they are computed from changes. Each
 * answer is kept under its question and the <b>revision</b> it was computed at: per table of the records read
 * (mobility, engagements, agreements and their parties, partners, weightings, institutions and their provinces) the
 * row count, the highest id and the sum of the row versions, so that any insert, delete or update (each bumps its
 * row's version) gives a new revision; the analytics store's totals; and today's date (statuses and "this year" follow the
 * calendar). Reading the revision costs one small aggregate query; a changed revision simply misses, and the least
 * recently used answers beyond {@value #CAPACITY} are forgotten.
 */
@Component
class InsightCache {

    static final int CAPACITY = 64;

    private static final String REVISION = """
            select count(*) as row_count, coalesce(max(id), 0) as top_id, coalesce(sum(version), 0) as versions
              from mobility_record
            union all select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from engagement
            union all select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from agreement
            union all select count(*), coalesce(max(partner_id), 0), coalesce(sum(partner_id + agreement_id), 0)
              from agreement_party
            union all select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from partner
            union all select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from insight_weight_variant
            union all select count(*), coalesce(max(id), 0), 0 from security_tenant
            union all select count(*), coalesce(sum(tenant_id), 0), coalesce(sum(version), 0)
              from insight_institution_province""";

    private final JdbcClient jdbc;
    private final ScholarlyEvidence evidence;
    private final Clock clock;
    private final KeptAnswers<List<Object>, Object> answers = new KeptAnswers<>(CAPACITY);

    InsightCache(JdbcClient jdbc, ScholarlyEvidence evidence, Clock clock) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The answer to {@code question} (its parts may be null) at the current revision, computed if not kept. */
    @SuppressWarnings("unchecked")
    <T> T get(String what, List<?> question, Supplier<T> compute) {
        List<Object> key = new ArrayList<>(Arrays.asList(what, revision()));
        key.addAll(question);
        return (T) answers.get(key, compute::get);
    }

    /** Forgets every kept answer. */
    void clear() {
        answers.clear();
    }

    private List<Object> revision() {
        List<Object> parts = new ArrayList<>(jdbc.sql(REVISION)
                .query((row, number) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3))).list());
        parts.add(evidence.totals());
        parts.add(LocalDate.now(clock));
        return parts;
    }
}
