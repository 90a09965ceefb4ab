package org.meridian.core.scholarly.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Work;

class SyntheticWorksTests {

    private static List<Work> generate(long works, long seed) {
        List<Work> all = new ArrayList<>();
        new SyntheticWorks(GeneratorSettings.of(works, seed)).forEachRemaining(all::add);
        return all;
    }

    @Test
    void givesTheSameWorksForTheSameSeedAndOthersForAnother() {
        assertThat(generate(300, 7)).isEqualTo(generate(300, 7));
        assertThat(generate(300, 8)).isNotEqualTo(generate(300, 7));
    }

    @Test
    void citationsAreHeavyTailed() {
        List<Work> works = generate(20_000, 1);
        List<Integer> citations = works.stream().map(Work::citedByCount).sorted(Comparator.reverseOrder()).toList();
        long total = citations.stream().mapToLong(Integer::longValue).sum();
        long topPercent = citations.subList(0, 200).stream().mapToLong(Integer::longValue).sum();
        long uncited = citations.stream().filter(c -> c == 0).count();

        assertThat((double) topPercent / total).isGreaterThan(0.08);
        assertThat(uncited).isBetween(2_000L, 4_000L);
    }

    @Test
    void theLargestTenthOfInstitutionsLeadsMostWorks() {
        List<Work> works = generate(20_000, 2);
        Map<String, Integer> leads = new HashMap<>();
        for (Work work : works) {
            Affiliation lead = work.authorships().get(0).institutions().isEmpty() ? null
                    : work.authorships().get(0).institutions().get(0);
            if (lead != null) {
                leads.merge(lead.id(), 1, Integer::sum);
            }
        }
        List<Integer> counts = leads.values().stream().sorted(Comparator.reverseOrder()).toList();
        int tenth = GeneratorSettings.of(20_000, 2).institutions() / 10;
        long top = counts.subList(0, tenth).stream().mapToLong(Integer::longValue).sum();

        assertThat((double) top / counts.stream().mapToLong(Integer::longValue).sum()).isGreaterThan(0.4);
    }

    @Test
    void collaborationRepeatsEarlierTiesAndStaysCloserThanChance() {
        List<Work> works = generate(30_000, 3);
        Set<String> seenPairs = new HashSet<>();
        int pairs = 0;
        int repeated = 0;
        int samePlace = 0;
        int sameRegionByChance = 0;
        Map<String, String> regionOf = new HashMap<>();
        new SyntheticWorks(GeneratorSettings.of(30_000, 3)).institutions()
                .forEach(i -> regionOf.put(i.affiliation().id(), i.region()));
        List<String> allRegions = new ArrayList<>(regionOf.values());
        java.util.Random chance = new java.util.Random(3);
        for (Work work : works) {
            List<String> team = work.authorships().stream().map(Authorship::institutions).flatMap(List::stream)
                    .map(Affiliation::id).distinct().toList();
            for (int a = 0; a < team.size(); a++) {
                for (int b = a + 1; b < team.size(); b++) {
                    String pair = team.get(a).compareTo(team.get(b)) < 0 ? team.get(a) + team.get(b) : team.get(b) + team.get(a);
                    pairs++;
                    if (!seenPairs.add(pair)) {
                        repeated++;
                    }
                    if (regionOf.get(team.get(a)).equals(regionOf.get(team.get(b)))) {
                        samePlace++;
                    }
                    if (allRegions.get(chance.nextInt(allRegions.size())).equals(allRegions.get(chance.nextInt(allRegions.size())))) {
                        sameRegionByChance++;
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(10_000);
        assertThat((double) repeated / pairs).isGreaterThan(0.3);
        assertThat(samePlace).isGreaterThan(sameRegionByChance * 3 / 2);
    }

    @Test
    void referencesPointToEarlierWorksOnly() {
        List<Work> works = generate(2_000, 4);
        for (int i = 0; i < works.size(); i++) {
            long index = i;
            assertThat(works.get(i).referencedWorks()).allMatch(r -> Long.parseLong(r.substring(1)) - 3_000_000_000L < index);
        }
    }
}
