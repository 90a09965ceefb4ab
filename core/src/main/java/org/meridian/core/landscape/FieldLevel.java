package org.meridian.core.landscape;

import org.meridian.core.scholarly.Topic;

/**
 * A level of the OpenAlex topic taxonomy, from the coarsest (domain, 4 of them) to the finest (topic, about
 * 4,500). A work is placed at every level by its primary topic.
 */
public enum FieldLevel {
    DOMAIN, FIELD, SUBFIELD, TOPIC;

    /** The id of {@code topic}'s ancestor at this level (the topic's own id at {@link #TOPIC}). */
    public String idOf(Topic topic) {
        return switch (this) {
            case DOMAIN -> topic.domainId();
            case FIELD -> topic.fieldId();
            case SUBFIELD -> topic.subfieldId();
            case TOPIC -> topic.id();
        };
    }

    public boolean isFinerThan(FieldLevel other) {
        return ordinal() > other.ordinal();
    }

    /** The next coarser level; {@link #DOMAIN} has none. */
    public FieldLevel coarser() {
        if (this == DOMAIN) {
            throw new IllegalStateException("DOMAIN is the coarsest level");
        }
        return values()[ordinal() - 1];
    }
}
