package org.meridian.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.core.landscape.Scholarly.article;
import static org.meridian.core.landscape.Scholarly.author;
import static org.meridian.core.landscape.Scholarly.institution;
import static org.meridian.core.landscape.Scholarly.topic;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

class NewPartnersTests {

    static final Topic T = topic("T1", "1702");
    static final Affiliation A = institution("A", "CN");
    static final Affiliation B = institution("B", "DE");
    static final Affiliation C = institution("C", "US");
    static final Affiliation D = institution("D", "FR");

    @Test
    void keepsOnlyPairsThatNeverCoPublishedUpToTheAsOfYear() {
        List<Work> works = List.of(
                article("W1", 2017, 1, T, author("a", A), author("b", B)),
                article("W2", 2020, 1, T, author("a", A), author("b", B), author("c", C)),
                article("W3", 2021, 1, T, author("a", A), author("d", D)),
                article("W4", 2025, 1, T, author("b", B), author("d", D)));

        Map<String, Set<String>> fresh = NewPartners.find(works, BacktestSettings.defaults(2019));

        assertThat(fresh).containsOnlyKeys("A", "B", "C", "D");
        assertThat(fresh.get("A")).containsExactly("C", "D");
        assertThat(fresh.get("B")).containsExactly("C");
        assertThat(fresh.get("D")).containsExactly("A");
    }
}
