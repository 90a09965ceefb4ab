package org.meridian.core.scholarly;

/**
 * A topic of the OpenAlex taxonomy with its place in the hierarchy domain → field → subfield → topic.
 * Ids are OpenAlex's short ids: topic {@code T10028}, subfield {@code 1702}, field {@code 17}, domain {@code 3}.
 */
public record Topic(String id, String name, String subfieldId, String fieldId, String domainId, double score) {
}
