package org.meridian.core.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.Work;

/** Fixture factories for hand-made works: ids are short, fields are derived from subfield ids (ASJC style). */
public final class Scholarly {

    private Scholarly() {
    }

    /** A topic in subfield {@code subfieldId}; its field is the first two digits, its domain {@code "D" + field}. */
    public static Topic topic(String topicId, String subfieldId) {
        String field = subfieldId.substring(0, 2);
        return new Topic(topicId, "Topic " + topicId, subfieldId, field, "D" + field, 0.9);
    }

    public static Affiliation institution(String id, String countryCode) {
        return new Affiliation(id, null, countryCode, "education", "Institution " + id);
    }

    public static Authorship author(String authorId, Affiliation... institutions) {
        return new Authorship(authorId, "Author " + authorId, Arrays.asList(institutions), List.of(), false);
    }

    public static Work article(String id, int year, int citations, Topic primary, Authorship... authorships) {
        return article(id, year, citations, List.of(primary), authorships);
    }

    /** An article whose first topic is primary; the others make it co-classified. */
    public static Work article(String id, int year, int citations, List<Topic> topics, Authorship... authorships) {
        return new Work(id, year, "article", citations, topics.get(0), topics, new ArrayList<>(Arrays.asList(authorships)),
                List.of(), "2026-01-01");
    }
}
