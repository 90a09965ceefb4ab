package org.meridian.core.scholarly;

import java.util.List;

/**
 * The part of an OpenAlex work that Meridian keeps. Ids are short OpenAlex ids without the
 * {@code https://openalex.org/} prefix ({@code W2741809807}); a missing year is 0 and a missing topic null.
 *
 * @param updatedDate the snapshot partition ({@code updated_date=YYYY-MM-DD}) or the record's own
 *                    {@code updated_date}, ISO date; the latest wins when a work is ingested twice
 */
public record Work(
        String id,
        int publicationYear,
        String type,
        int citedByCount,
        Topic primaryTopic,
        List<Topic> topics,
        List<Authorship> authorships,
        List<String> referencedWorks,
        String updatedDate) {

    public Work {
        topics = List.copyOf(topics);
        authorships = List.copyOf(authorships);
        referencedWorks = referencedWorks instanceof WorkIds ids ? ids : List.copyOf(referencedWorks);
    }

    public boolean hasPublicationYear() {
        return publicationYear > 0;
    }

    public boolean hasPrimaryTopic() {
        return primaryTopic != null;
    }
}
