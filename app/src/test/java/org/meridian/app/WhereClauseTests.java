package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhereClauseTests {

    @Test
    void leavesOutCriteriaWithoutValue() {
        WhereClause where = new WhereClause().and("tenant_id = ?", 7L).and("country_code = ?", (Object) null)
                .and("cancelled = false").and("start_date between ? and ?", "a", "b");
        assertThat(where.sql()).isEqualTo(" where 1 = 1 and tenant_id = ? and cancelled = false"
                + " and start_date between ? and ?");
        assertThat(where.params()).containsExactly(7L, "a", "b");
    }

    @Test
    void matchesWildcardsInSearchTextLiterally() {
        assertThat(WhereClause.containing("100%_Sure\\")).isEqualTo("%100\\%\\_sure\\\\%");
    }
}
