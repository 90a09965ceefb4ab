package org.meridian.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.meridian.core.reference.InstitutionNameIndex.Entry;

class InstitutionNameIndexTests {

    private static Entry entry(String id, String name, String nameZh, String country, InstitutionType type) {
        return new Entry(id, NameKey.of(name), nameZh == null ? null : NameKey.of(nameZh), country, type);
    }

    private final InstitutionNameIndex index = InstitutionNameIndex.of(List.of(
            entry("GB-1", "University of Oxford", "牛津大学", "GB", InstitutionType.EDUCATION),
            entry("GB-2", "Oxford Brookes University", null, "GB", InstitutionType.EDUCATION),
            entry("GB-3", "Oxford University Hospitals", null, "GB", InstitutionType.HEALTHCARE),
            entry("CN-1", "Tsinghua University", "清华大学", "CN", InstitutionType.EDUCATION),
            entry("CN-2", "Peking University", "北京大学", "CN", InstitutionType.EDUCATION),
            entry("CN-3", "Beijing Normal University", "北京师范大学", "CN", InstitutionType.EDUCATION),
            entry("CH-1", "ETH Zürich", null, "CH", InstitutionType.EDUCATION)));

    private List<String> ids(String prefix) {
        return index.find(prefix, entry -> true).stream().map(Entry::id).toList();
    }

    @Test
    void findsNamesStartingWithThePrefixBeforeNamesWithALaterWordStartingWithIt() {
        assertThat(ids("oxf")).containsExactly("GB-2", "GB-3", "GB-1");
    }

    @Test
    void ignoresCaseDiacriticsAndPunctuationOfTheQuery() {
        assertThat(ids("ZURICH")).containsExactly("CH-1");
        assertThat(ids("eth-zür")).containsExactly("CH-1");
        assertThat(ids("university of ox")).containsExactly("GB-1");
    }

    @Test
    void findsChineseNamesByTheirStart() {
        assertThat(ids("北京")).containsExactly("CN-3", "CN-2");
        assertThat(ids("清华")).containsExactly("CN-1");
        assertThat(ids("大学")).as("only the start of a Chinese name counts").isEmpty();
    }

    @Test
    void listsAnInstitutionOnceEvenWhenSeveralWordsMatch() {
        assertThat(ids("u")).containsExactly("GB-1", "CN-3", "GB-2", "GB-3", "CN-2", "CN-1");
    }

    @Test
    void filtersMatchesAndAnswersEverythingForAnEmptyPrefix() {
        assertThat(index.find("oxford", entry -> entry.type() == InstitutionType.HEALTHCARE))
                .extracting(Entry::id).containsExactly("GB-3");
        assertThat(index.find(" ", entry -> entry.countryCode().equals("CN"))).extracting(Entry::id)
                .containsExactly("CN-3", "CN-2", "CN-1");
        assertThat(ids("cambridge")).isEmpty();
    }

    @Test
    void agreesWithALinearScanOnRandomNamesAndPrefixes() {
        Random random = new Random(20261129L);
        String[] words = { "alpha", "alps", "beta", "bet", "gamma", "university", "uni", "of", "x" };
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(4); w++) {
                name.append(words[random.nextInt(words.length)]).append(' ');
            }
            entries.add(entry("E" + i, name.toString(), null, "XX", InstitutionType.OTHER));
        }
        InstitutionNameIndex randomIndex = InstitutionNameIndex.of(entries);
        for (String prefix : List.of("a", "al", "alp", "bet", "u", "uni", "university of", "of x", "x", "gam", "zzz")) {
            List<String> expected = entries.stream().filter(entry -> (" " + entry.nameKey()).contains(" " + prefix))
                    .map(Entry::id).sorted().toList();
            assertThat(randomIndex.find(prefix, entry -> true)).extracting(Entry::id)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
