package org.meridian.core.landscape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the OpenAlex hierarchy domain → field → subfield → topic that a landscape has seen, down to
 * its finest level. Every id has a dense index per level (its position in {@link #ids(FieldLevel)}), in the
 * order the ids were first seen, and knows its parent one level up.
 */
public final class Taxonomy {

    private final FieldLevel finest;
    private final Map<FieldLevel, List<String>> ids = new EnumMap<>(FieldLevel.class);
    private final Map<FieldLevel, Map<String, Integer>> indexes = new EnumMap<>(FieldLevel.class);
    private final Map<FieldLevel, List<Integer>> parents = new EnumMap<>(FieldLevel.class);
    private final Map<FieldLevel, Map<String, String>> names = new EnumMap<>(FieldLevel.class);

    Taxonomy(FieldLevel finest) {
        this.finest = finest;
        for (FieldLevel level : FieldLevel.values()) {
            ids.put(level, new ArrayList<>());
            indexes.put(level, new HashMap<>());
            parents.put(level, new ArrayList<>());
            names.put(level, new HashMap<>());
        }
    }

    /**
     * Registers a path of the hierarchy down to the finest level and returns the finest id's index. Ids finer
     * than the finest level are ignored; an id keeps the parent it was first registered with.
     */
    int register(String domainId, String fieldId, String subfieldId, String topicId) {
        String[] path = {domainId, fieldId, subfieldId, topicId};
        int parent = -1;
        for (FieldLevel level : FieldLevel.values()) {
            if (level.isFinerThan(finest)) {
                break;
            }
            String id = path[level.ordinal()];
            if (id == null) {
                throw new IllegalArgumentException("no " + level + " id in path " + String.join("/", String.valueOf(domainId),
                        String.valueOf(fieldId), String.valueOf(subfieldId), String.valueOf(topicId)));
            }
            Integer known = indexes.get(level).get(id);
            if (known == null) {
                known = ids.get(level).size();
                ids.get(level).add(id);
                indexes.get(level).put(id, known);
                parents.get(level).add(parent);
            }
            parent = known;
        }
        return parent;
    }

    void name(FieldLevel level, String id, String name) {
        if (name != null) {
            names.get(level).putIfAbsent(id, name);
        }
    }

    public FieldLevel finestLevel() {
        return finest;
    }

    /** The ids seen at {@code level}, in index order; empty for levels finer than the finest. */
    public List<String> ids(FieldLevel level) {
        return Collections.unmodifiableList(ids.get(level));
    }

    public int size(FieldLevel level) {
        return ids.get(level).size();
    }

    /** The index of {@code id} at {@code level}, or -1 when the landscape has not seen it. */
    public int indexOf(FieldLevel level, String id) {
        return indexes.get(level).getOrDefault(id, -1);
    }

    public String id(FieldLevel level, int index) {
        return ids.get(level).get(index);
    }

    public Optional<String> name(FieldLevel level, String id) {
        return Optional.ofNullable(names.get(level).get(id));
    }

    /** The index of the ancestor at {@code ancestorLevel} (coarser or equal) of the id at {@code index}. */
    public int ancestorIndex(FieldLevel level, int index, FieldLevel ancestorLevel) {
        if (ancestorLevel.isFinerThan(level)) {
            throw new IllegalArgumentException(ancestorLevel + " is finer than " + level);
        }
        FieldLevel current = level;
        int at = index;
        while (current != ancestorLevel) {
            at = parents.get(current).get(at);
            current = current.coarser();
        }
        return at;
    }

    /** The id of the ancestor at {@code ancestorLevel} of {@code id}, or null when {@code id} is unknown. */
    public String ancestorId(FieldLevel level, String id, FieldLevel ancestorLevel) {
        int index = indexOf(level, id);
        return index < 0 ? null : id(ancestorLevel, ancestorIndex(level, index, ancestorLevel));
    }

    /** For every finest-level index, its ancestor's index at {@code level}. */
    int[] finestToLevel(FieldLevel level) {
        int[] map = new int[size(finest)];
        for (int i = 0; i < map.length; i++) {
            map[i] = ancestorIndex(finest, i, level);
        }
        return map;
    }
}
