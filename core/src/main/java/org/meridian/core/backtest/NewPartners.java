package org.meridian.core.backtest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.meridian.core.landscape.TallySettings;
import org.meridian.core.landscape.WorkTally;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Work;

/**
 * The truth of a backtest: for each institution, the institutions it co-publishes with in the truth period and
 * never did up to the as-of year. Only works the landscape counts, and that create ties (at most
 * {@link TallySettings#maxAuthorshipsForTies()} authorships), make a co-publication, before and after.
 */
public final class NewPartners {

    private NewPartners() {
    }

    public static Map<String, Set<String>> find(Iterable<Work> works, BacktestSettings settings) {
        Map<String, Set<String>> before = new HashMap<>();
        Map<String, Set<String>> after = new HashMap<>();
        for (Work work : works) {
            if (!WorkTally.isCounted(work, settings.tally())
                    || work.authorships().size() > settings.tally().maxAuthorshipsForTies()) {
                continue;
            }
            int year = work.publicationYear();
            Map<String, Set<String>> target = year <= settings.asOfYear() ? before
                    : settings.truthPeriod().contains(year) ? after : null;
            if (target != null) {
                Set<String> institutions = institutions(work);
                for (String first : institutions) {
                    for (String second : institutions) {
                        if (!first.equals(second)) {
                            target.computeIfAbsent(first, k -> new HashSet<>()).add(second);
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> fresh = new HashMap<>();
        after.forEach((institution, partners) -> {
            Set<String> known = before.getOrDefault(institution, Set.of());
            Set<String> found = new LinkedHashSet<>();
            partners.stream().filter(p -> !known.contains(p)).sorted().forEach(found::add);
            if (!found.isEmpty()) {
                fresh.put(institution, found);
            }
        });
        return fresh;
    }

    private static Set<String> institutions(Work work) {
        Set<String> ids = new LinkedHashSet<>();
        for (Authorship authorship : work.authorships()) {
            for (Affiliation affiliation : authorship.institutions()) {
                if (affiliation.id() != null) {
                    ids.add(affiliation.id());
                }
            }
        }
        return ids;
    }
}
