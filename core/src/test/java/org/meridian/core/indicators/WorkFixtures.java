package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

/**
 * Small hand-checkable works. Topics: T1 in subfield 1101 (field 11, domain 1), T2 in subfield 1102 (field 11,
 * domain 1), T3 in subfield 2201 (field 22, domain 2).
 * <p>
 * {@link #sample()}, the set most tests compute by hand (every work published 2020 unless said otherwise):
 * <pre>
 * W1  article T1 c=10  a1 [I1 CN]* a2 [I2 US]                  n=2
 * W2  article T1 c=0   a1 [I1 CN, I3 CN company] a2 [] a3 [I1]*  n=3
 * W3  review  T1 c=4   a1 [I2 US] countries {US, GB}             n=1
 * W4  article T1 c=2   a1 [I4 HK]* a2 [I1 CN]                   n=2
 * W5  article T3 c=6   a1 [I5 DE]                                n=1
 * W6  book-chapter T1 c=100  a1 [I1 CN]                          n=1  (not a default type)
 * W7  article, no primary topic, a1 [I1]                         (left out)
 * W8  article T1, no year, a1 [I1]                               (left out)
 * W9  article T1 c=3, 2018, a1 [I1]                              (before the period 2019-2020)
 * W10 article T3 c=1, 2019, a1 [I1 CN]*                          n=1
 * </pre>
 * (* = corresponding)
 */
final class WorkFixtures {

    static final Offset<Double> EXACT = Offset.offset(1e-12);

    static final Topic T1 = new Topic("T1", "Topic one", "1101", "11", "1", 0.9);
    static final Topic T2 = new Topic("T2", "Topic two", "1102", "11", "1", 0.9);
    static final Topic T3 = new Topic("T3", "Topic three", "2201", "22", "2", 0.9);

    static final Affiliation I1 = institution("I1", "CN", "education");
    static final Affiliation I2 = institution("I2", "US", "education");
    static final Affiliation I3 = institution("I3", "CN", "company");
    static final Affiliation I4 = institution("I4", "HK", "education");
    static final Affiliation I5 = institution("I5", "DE", "education");

    private WorkFixtures() {
    }

    static List<Work> sample() {
        return List.of(
                work("W1", 2020, "article", 10, T1, corresponding(I1), author(I2)),
                work("W2", 2020, "article", 0, T1, author(I1, I3), author(), corresponding(I1)),
                work("W3", 2020, "review", 4, T1, authorIn(List.of("US", "GB"), I2)),
                work("W4", 2020, "article", 2, T1, corresponding(I4), author(I1)),
                work("W5", 2020, "article", 6, T3, author(I5)),
                work("W6", 2020, "book-chapter", 100, T1, author(I1)),
                work("W7", 2020, "article", 5, null, author(I1)),
                work("W8", 0, "article", 5, T1, author(I1)),
                work("W9", 2018, "article", 3, T1, author(I1)),
                work("W10", 2019, "article", 1, T3, corresponding(I1)));
    }

    static WorkTable sampleTable() {
        return WorkTable.of(sample());
    }

    static Affiliation institution(String id, String country, String type) {
        return new Affiliation(id, null, country, type, "Institution " + id);
    }

    static Work work(String id, int year, String type, int citations, Topic topic, Authorship... authorships) {
        return new Work(id, year, type, citations, topic, topic == null ? List.of() : List.of(topic),
                Arrays.asList(authorships), List.of(), "2025-01-01");
    }

    /** An authorship whose countries are read from its institutions. */
    static Authorship author(Affiliation... institutions) {
        return new Authorship(null, null, Arrays.asList(institutions), List.of(), false);
    }

    static Authorship corresponding(Affiliation... institutions) {
        return new Authorship(null, null, Arrays.asList(institutions), List.of(), true);
    }

    /** An authorship with its own list of countries. */
    static Authorship authorIn(List<String> countries, Affiliation... institutions) {
        return new Authorship(null, null, Arrays.asList(institutions), countries, false);
    }

    /**
     * One single-authored 2020 article per citation count, in the given topic, each by its own institution
     * {@code prefix + index} in country XX.
     */
    static List<Work> citedGroup(String prefix, Topic topic, int... citations) {
        List<Work> works = new ArrayList<>();
        for (int i = 0; i < citations.length; i++) {
            works.add(work(prefix + "W" + i, 2020, "article", citations[i], topic,
                    author(institution(prefix + i, "XX", "education"))));
        }
        return works;
    }

    static IndicatorRow only(List<IndicatorRow> rows, String unitId) {
        List<IndicatorRow> matching = rows.stream().filter(row -> row.unitId().equals(unitId)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one row of " + unitId + " but found " + matching);
        }
        return matching.get(0);
    }

    static IndicatorRow only(List<IndicatorRow> rows, String unitId, String fieldId) {
        return only(rows.stream().filter(row -> row.fieldId().equals(fieldId)).toList(), unitId);
    }
}
