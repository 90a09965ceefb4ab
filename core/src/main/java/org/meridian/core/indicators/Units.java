package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The units a query asks for, resolved against a table: the postings that hold them, which of those postings'
 * units to compute, in output order, and their ids and names.
 */
final class Units {

    private static final String WORLD_ID = "world";
    private static final String WORLD_NAME = "World";

    final Postings postings;
    final int[] selected;
    private final String[] ids;
    private final String[] foundNames;
    private final Map<String, String> givenNames;

    private Units(Postings postings, int[] selected, String[] ids, String[] foundNames,
            Map<String, String> givenNames) {
        this.postings = postings;
        this.selected = selected;
        this.ids = ids;
        this.foundNames = foundNames;
        this.givenNames = givenNames;
    }

    String id(int unit) {
        return ids[unit];
    }

    String name(int unit) {
        String given = givenNames.get(ids[unit]);
        if (given != null) {
            return given;
        }
        String found = foundNames == null ? null : foundNames[unit];
        return found == null ? "" : found;
    }

    static Units resolve(IndicatorQuery query, WorkTable table) {
        Map<String, String> names = query.names().units();
        return switch (query.unitType()) {
            case INSTITUTION -> indexed(table.institutionPostings, table.institutions, query.unitIds(),
                    table.institutionNames, names, false);
            case COUNTRY -> indexed(table.countryPostings(query.hkMoSeparate()), table.countries, query.unitIds(),
                    null, names, true);
            case COUNTRY_GROUP -> groups(query, table, names);
            case WORLD -> new Units(table.worldPostings(), new int[] {0}, new String[] {WORLD_ID},
                    new String[] {WORLD_NAME}, names);
        };
    }

    private static Units indexed(Postings postings, IdIndex index, Set<String> wanted, String[] foundNames,
            Map<String, String> givenNames, boolean countryCodes) {
        String[] ids = new String[index.size()];
        Arrays.setAll(ids, index::id);
        int[] selected;
        if (wanted.isEmpty()) {
            selected = new int[index.size()];
            Arrays.setAll(selected, u -> u);
        } else {
            selected = wanted.stream()
                    .map(id -> countryCodes ? id.trim().toUpperCase(Locale.ROOT) : id)
                    .mapToInt(index::code)
                    .filter(code -> code >= 0)
                    .sorted()
                    .distinct()
                    .toArray();
        }
        return new Units(postings, selected, ids, foundNames, givenNames);
    }

    private static Units groups(IndicatorQuery query, WorkTable table, Map<String, String> givenNames) {
        List<String> names = new ArrayList<>();
        List<Set<String>> members = new ArrayList<>();
        query.groups().forEach((name, countries) -> {
            if (query.unitIds().isEmpty() || query.unitIds().contains(name)) {
                names.add(name);
                members.add(countries);
            }
        });
        Postings postings = GroupPostings.of(table, members, query.hkMoSeparate());
        int[] selected = new int[names.size()];
        Arrays.setAll(selected, g -> g);
        String[] ids = names.toArray(String[]::new);
        return new Units(postings, selected, ids, ids, givenNames);
    }
}
