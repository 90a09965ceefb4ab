package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Int codes for string ids, numbered in output order: shorter ids first, then alphabetically, so numeric ids
 * ({@code 1702}) and prefixed ids ({@code I99} before {@code I123}) come in numeric order. A null id sorts first.
 */
final class IdIndex {

    static final Comparator<String> OUTPUT_ORDER = Comparator.nullsFirst(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    private final List<String> ids;
    private final Map<String, Integer> codes;

    private IdIndex(List<String> ids) {
        this.ids = List.copyOf(ids.stream().map(id -> id == null ? "" : id).toList());
        this.codes = new HashMap<>();
        for (int code = 0; code < ids.size(); code++) {
            codes.put(ids.get(code), code);
        }
    }

    int size() {
        return ids.size();
    }

    /** The id of a code; a null id reads as the empty string. */
    String id(int code) {
        return ids.get(code);
    }

    /** The code of an id, or -1 when the index does not hold it. */
    int code(String id) {
        Integer code = codes.get(id);
        return code == null ? -1 : code;
    }

    /** Codes handed out in order of first sight, turned into output-ordered codes by {@link #finish()}. */
    static final class Builder {
        private final Map<String, Integer> provisional = new HashMap<>();
        private final List<String> seen = new ArrayList<>();

        int code(String id) {
            Integer code = provisional.get(id);
            if (code == null) {
                code = seen.size();
                provisional.put(id, code);
                seen.add(id);
            }
            return code;
        }

        int size() {
            return seen.size();
        }

        /** The ordered index and, at each provisional code, the final code. */
        Finished finish() {
            List<String> sorted = new ArrayList<>(seen);
            sorted.sort(OUTPUT_ORDER);
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                rank.put(sorted.get(i), i);
            }
            int[] remap = new int[seen.size()];
            for (int i = 0; i < remap.length; i++) {
                remap[i] = rank.get(seen.get(i));
            }
            return new Finished(new IdIndex(sorted), remap);
        }
    }

    record Finished(IdIndex index, int[] remap) {
    }
}
