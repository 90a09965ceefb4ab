package org.meridian.app.scholarly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.core.indicators.UnitType;

/**
 * The units chosen on the indicator explorer, each written {@code type:id} ({@code institution:I27837315},
 * {@code country:CN}, {@code country_group:OECD}, {@code world}); unreadable entries are dropped.
 */
record ExplorerUnits(Map<UnitType, Set<String>> byType) {

    /** At most this many units are compared at once. */
    static final int MAX_UNITS = 12;

    static ExplorerUnits parse(List<String> tokens) {
        Map<UnitType, Set<String>> byType = new LinkedHashMap<>();
        int count = 0;
        for (String token : tokens) {
            if (token == null || token.isBlank() || count >= MAX_UNITS) {
                continue;
            }
            String[] parts = token.trim().split(":", 2);
            UnitType type;
            try {
                type = UnitType.parse(parts[0]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String id = type == UnitType.WORLD ? "world" : parts.length == 2 ? parts[1].trim() : "";
            if (!id.isEmpty() && byType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(id)) {
                count++;
            }
        }
        return new ExplorerUnits(byType);
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }

    /** The tokens again, to keep the choice in links and the form. */
    List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        byType.forEach((type, ids) -> ids.forEach(id -> tokens.add(token(type, id))));
        return tokens;
    }

    static String token(UnitType type, String id) {
        return type == UnitType.WORLD ? "world" : type.label() + ":" + id;
    }
}
