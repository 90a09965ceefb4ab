package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;

class ListViewTests {

    private static ListView view(String... parameters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return ListView.of("/partners", map, List.of("country", "status"), Set.of("name", "since"));
    }

    @Test
    void keepsSearchFiltersAndOrderInEveryLink() {
        ListView view = view("q", "北京 大学", "country", "CN", "sort", "name", "page", "2", "unknown", "x");
        assertThat(view.pageUrl(3)).isEqualTo("/partners?q=%E5%8C%97%E4%BA%AC+%E5%A4%A7%E5%AD%A6&country=CN&sort=name&page=3");
        assertThat(view.withFilter("status", "ACTIVE"))
                .isEqualTo("/partners?q=%E5%8C%97%E4%BA%AC+%E5%A4%A7%E5%AD%A6&country=CN&status=ACTIVE&sort=name");
        assertThat(view.clearUrl()).isEqualTo("/partners?sort=name");
        assertThat(view.exportUrl("xlsx"))
                .isEqualTo("/partners/export?format=xlsx&q=%E5%8C%97%E4%BA%AC+%E5%A4%A7%E5%AD%A6&country=CN&sort=name");
    }

    @Test
    void readsEveryPageOfTheViewInItsOrderForAnExport() {
        List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, 1_201).boxed().toList();
        List<PageQuery> asked = new java.util.ArrayList<>();
        List<Integer> all = view("sort", "-since", "page", "4", "size", "10").everyPage(query -> {
            asked.add(query);
            int from = Math.min(numbers.size(), query.page() * query.size());
            int to = Math.min(numbers.size(), from + query.size());
            return new Page<>(numbers.subList(from, to), query.page(), query.size(), numbers.size());
        });
        // 1,201 items in pages of 500: 500 + 500 + 201, whatever page and size the view shows
        assertThat(all).isEqualTo(numbers);
        assertThat(asked).extracting(PageQuery::page).containsExactly(0, 1, 2);
        assertThat(asked).allSatisfy(query -> {
            assertThat(query.size()).isEqualTo(PageQuery.MAX_SIZE);
            assertThat(query.sort()).isEqualTo("since");
            assertThat(query.descending()).isTrue();
        });
    }

    @Test
    void aSecondClickOnAColumnReversesTheOrder() {
        assertThat(view().sortUrl("name")).isEqualTo("/partners?sort=name");
        assertThat(view("sort", "name").sortUrl("name")).isEqualTo("/partners?sort=-name");
        assertThat(view("sort", "-name").sortUrl("name")).isEqualTo("/partners?sort=name");
        assertThat(view("sort", "-name").ariaSort("name")).isEqualTo("descending");
        assertThat(view("sort", "-name").ariaSort("since")).isEqualTo("none");
    }

    @Test
    void fallsBackToDefaultsForValuesItCannotUse() {
        ListView view = view("sort", "password", "page", "-4", "size", "100000", "q", "   ");
        assertThat(view.sort()).isNull();
        assertThat(view.page()).isZero();
        assertThat(view.size()).isEqualTo(20);
        assertThat(view.search()).isNull();
        assertThat(view.narrowed()).isFalse();
        assertThat(view("page", "two").page()).isZero();
    }

    @Test
    void offersTheFirstTheLastAndTwoPagesEitherSideOfTheCurrent() {
        Page<String> tenthOfThirty = new Page<>(List.of("a"), 9, 20, 600);
        assertThat(view().pageNumbers(tenthOfThirty)).containsExactly(0, -1, 7, 8, 9, 10, 11, -1, 29);
        assertThat(view().pageNumbers(new Page<>(List.of("a"), 0, 20, 50))).containsExactly(0, 1, 2);
        assertThat(view().firstItem(tenthOfThirty)).isEqualTo(181);
        assertThat(view().lastItem(tenthOfThirty)).isEqualTo(181);
    }
}
