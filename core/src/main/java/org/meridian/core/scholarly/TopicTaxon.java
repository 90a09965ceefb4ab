package org.meridian.core.scholarly;

/**
 * A topic with the names of its place in the OpenAlex taxonomy (domain → field → subfield → topic), as
 * works and the {@code topics} entity files state them. Ids are short: topic {@code T11636}, subfield
 * {@code 2718}, field {@code 27}, domain {@code 4}. Names may be null where the source gives none.
 */
public record TopicTaxon(String topicId, String topicName, String subfieldId, String subfieldName, String fieldId,
        String fieldName, String domainId, String domainName) {

    public Topic withScore(double score) {
        return new Topic(topicId, topicName, subfieldId, fieldId, domainId, score);
    }
}
