package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.meridian.core.scholarly.Topic;

/**
 * The topics seen as primary topics, coded, with each topic's subfield, field and domain code. A topic id seen
 * again keeps the hierarchy it was first seen with.
 */
final class Taxonomy {

    private final IdIndex topics;
    private final IdIndex subfields;
    private final IdIndex fields;
    private final IdIndex domains;
    private final int[] topicSubfield;
    private final int[] topicField;
    private final int[] topicDomain;
    private final String[] topicNames;

    private Taxonomy(IdIndex topics, IdIndex subfields, IdIndex fields, IdIndex domains, int[] topicSubfield,
            int[] topicField, int[] topicDomain, String[] topicNames) {
        this.topics = topics;
        this.subfields = subfields;
        this.fields = fields;
        this.domains = domains;
        this.topicSubfield = topicSubfield;
        this.topicField = topicField;
        this.topicDomain = topicDomain;
        this.topicNames = topicNames;
    }

    /** How many fields there are at a level; one at {@link FieldLevel#ALL}. */
    int fieldCount(FieldLevel level) {
        return level == FieldLevel.ALL ? 1 : index(level).size();
    }

    String fieldId(FieldLevel level, int field) {
        return level == FieldLevel.ALL ? FieldLevel.ALL_FIELDS_ID : index(level).id(field);
    }

    /** The name found in the works (topics only), else null. */
    String foundName(FieldLevel level, int field) {
        return level == FieldLevel.TOPIC ? topicNames[field] : null;
    }

    /** At each topic code, the code of its field at the level. */
    int[] fieldOfTopic(FieldLevel level) {
        return switch (level) {
            case ALL -> new int[topics.size()];
            case DOMAIN -> topicDomain;
            case FIELD -> topicField;
            case SUBFIELD -> topicSubfield;
            case TOPIC -> identity(topics.size());
        };
    }

    int subfieldCount() {
        return subfields.size();
    }

    int subfieldOfTopic(int topic) {
        return topicSubfield[topic];
    }

    private IdIndex index(FieldLevel level) {
        return switch (level) {
            case ALL -> throw new IllegalArgumentException("No index at level all");
            case DOMAIN -> domains;
            case FIELD -> fields;
            case SUBFIELD -> subfields;
            case TOPIC -> topics;
        };
    }

    private static int[] identity(int size) {
        int[] codes = new int[size];
        Arrays.setAll(codes, i -> i);
        return codes;
    }

    static final class Builder {
        private final IdIndex.Builder topics = new IdIndex.Builder();
        private final IdIndex.Builder subfields = new IdIndex.Builder();
        private final IdIndex.Builder fields = new IdIndex.Builder();
        private final IdIndex.Builder domains = new IdIndex.Builder();
        private final List<int[]> ancestors = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        /** The provisional code of the topic, registering its ancestors on first sight. */
        int code(Topic topic) {
            int code = topics.code(topic.id());
            if (code == ancestors.size()) {
                ancestors.add(new int[] {subfields.code(topic.subfieldId()), fields.code(topic.fieldId()),
                        domains.code(topic.domainId())});
                names.add(topic.name());
            }
            return code;
        }

        Built build() {
            IdIndex.Finished topicIndex = topics.finish();
            IdIndex.Finished subfieldIndex = subfields.finish();
            IdIndex.Finished fieldIndex = fields.finish();
            IdIndex.Finished domainIndex = domains.finish();
            int count = ancestors.size();
            int[] subfield = new int[count];
            int[] field = new int[count];
            int[] domain = new int[count];
            String[] topicNames = new String[count];
            for (int provisional = 0; provisional < count; provisional++) {
                int code = topicIndex.remap()[provisional];
                int[] up = ancestors.get(provisional);
                subfield[code] = subfieldIndex.remap()[up[0]];
                field[code] = fieldIndex.remap()[up[1]];
                domain[code] = domainIndex.remap()[up[2]];
                topicNames[code] = names.get(provisional);
            }
            return new Built(new Taxonomy(topicIndex.index(), subfieldIndex.index(), fieldIndex.index(),
                    domainIndex.index(), subfield, field, domain, topicNames), topicIndex.remap());
        }
    }

    /** The taxonomy, and at each provisional topic code its final code. */
    record Built(Taxonomy taxonomy, int[] topicRemap) {
    }
}
