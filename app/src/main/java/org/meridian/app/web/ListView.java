package org.meridian.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.springframework.ui.Model;

/**
 * The state of a list page, kept entirely in the query string so that a view can be bookmarked and shared:
 * {@code q} (search words), one parameter per filter, {@code sort} ({@code name} or {@code -name} for
 * descending), {@code page} (0-based) and {@code size}. Builds the links of the {@code list :: *} fragments.
 * Parameters it does not know are dropped from the links; a sort field that is not allowed, a negative page
 * or a size out of range fall back to the defaults rather than failing.
 */
public final class ListView {

    public static final String SEARCH = "q";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private final String path;
    private final String search;
    private final Map<String, String> filters;
    private final String sort;
    private final int page;
    private final int size;

    private ListView(String path, String search, Map<String, String> filters, String sort, int page, int size) {
        this.path = path;
        this.search = search;
        this.filters = filters;
        this.sort = sort;
        this.page = page;
        this.size = size;
    }

    /**
     * Reads the view from a request.
     *
     * @param filterNames the filter parameters this list offers, e.g. {@code status}, {@code country}
     * @param sortableFields the public field names the list may be sorted by
     */
    public static ListView of(HttpServletRequest request, Collection<String> filterNames,
            Set<String> sortableFields) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                parameters.put(name, values[0]);
            }
        });
        return of(request.getRequestURI(), parameters, filterNames, sortableFields);
    }

    public static ListView of(String path, Map<String, String> parameters, Collection<String> filterNames,
            Set<String> sortableFields) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            String value = trimmed(parameters.get(name));
            if (value != null) {
                filters.put(name, value);
            }
        }
        String sort = trimmed(parameters.get(SORT));
        if (sort != null && !sortableFields.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            sort = null;
        }
        int page = number(parameters.get(PAGE), 0);
        int size = number(parameters.get(SIZE), PageQuery.DEFAULT_SIZE);
        return new ListView(path, trimmed(parameters.get(SEARCH)),
                Collections.unmodifiableMap(filters), sort, Math.max(page, 0),
                size < 1 || size > PageQuery.MAX_SIZE ? PageQuery.DEFAULT_SIZE : size);
    }

    public String path() {
        return path;
    }

    /**
     * Puts this view and the page of items it shows (read with {@link #pageQuery()}) into the model as
     * {@code view} and {@code page}, the names the {@code list :: *} fragments read.
     */
    public <T> Page<T> show(Model model, Function<PageQuery, Page<T>> finder) {
        Page<T> page = finder.apply(pageQuery());
        model.addAttribute("view", this);
        model.addAttribute("page", page);
        return page;
    }

    /**
     * Every item the view matches, in its order, read page by page in pages of {@link PageQuery#MAX_SIZE}: what
     * the export of a list writes.
     */
    public <T> List<T> everyPage(Function<PageQuery, Page<T>> finder) {
        List<T> items = new ArrayList<>();
        Page<T> page;
        int number = 0;
        do {
            page = finder.apply(PageQuery.of(number++, PageQuery.MAX_SIZE, sort));
            items.addAll(page.items());
        }
        while (page.page() + 1 < page.totalPages());
        return items;
    }

    /** The search words, or null. */
    public String search() {
        return search;
    }

    /** A filter's value, or null when it is not set. */
    public String filter(String name) {
        return filters.get(name);
    }

    public Map<String, String> filters() {
        return filters;
    }

    /** Whether the search or any filter narrows the list (an empty result then means "no match"). */
    public boolean narrowed() {
        return search != null || !filters.isEmpty();
    }

    public PageQuery pageQuery() {
        return PageQuery.of(page, size, sort);
    }

    public String sort() {
        return sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public boolean sortedBy(String field) {
        return sort != null && (sort.equals(field) || sort.equals("-" + field));
    }

    public boolean descending() {
        return sort != null && sort.startsWith("-");
    }

    /** The value of {@code aria-sort} for a column header. */
    public String ariaSort(String field) {
        return !sortedBy(field) ? "none" : descending() ? "descending" : "ascending";
    }

    /** Sorts by the field ascending, or descending when it is already sorted ascending; back to page 0. */
    public String sortUrl(String field) {
        String next = sortedBy(field) && !descending() ? "-" + field : field;
        return url(search, filters, next, 0, size);
    }

    public String pageUrl(int number) {
        return url(search, filters, sort, Math.max(number, 0), size);
    }

    /** This view with one filter set (or removed, for a null value), back to page 0. */
    public String withFilter(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(filters);
        if (value == null || value.isBlank()) {
            changed.remove(name);
        }
        else {
            changed.put(name, value);
        }
        return url(search, changed, sort, 0, size);
    }

    /** The list without search and filters, keeping the order. */
    public String clearUrl() {
        return url(null, Map.of(), sort, 0, size);
    }

    public String url() {
        return url(search, filters, sort, page, size);
    }

    /**
     * The export of everything this view matches (all pages) as {@code csv} or {@code xlsx}, at
     * {@code <path>/export}.
     */
    public String exportUrl(String format) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("format", format);
        if (search != null) {
            parameters.put(SEARCH, search);
        }
        parameters.putAll(filters);
        if (sort != null) {
            parameters.put(SORT, sort);
        }
        return withQuery(path + "/export", parameters);
    }

    /**
     * Parameters the search and filter form must carry as hidden fields so that submitting it keeps the
     * order and the page size.
     */
    public Map<String, String> hiddenParameters() {
        Map<String, String> hidden = new LinkedHashMap<>();
        if (sort != null) {
            hidden.put(SORT, sort);
        }
        if (size != PageQuery.DEFAULT_SIZE) {
            hidden.put(SIZE, String.valueOf(size));
        }
        return hidden;
    }

    /**
     * The page numbers to offer as links: the first, the last and two either side of the current, with
     * {@code -1} where numbers are left out.
     */
    public List<Integer> pageNumbers(Page<?> result) {
        int last = result.totalPages() - 1;
        List<Integer> numbers = new ArrayList<>();
        for (int number = 0; number <= last; number++) {
            if (number == 0 || number == last || Math.abs(number - result.page()) <= 2) {
                numbers.add(number);
            }
            else if (numbers.get(numbers.size() - 1) != -1) {
                numbers.add(-1);
            }
        }
        return numbers;
    }

    /** 1-based position of the first item on the page, 0 for an empty list. */
    public long firstItem(Page<?> result) {
        return result.items().isEmpty() ? 0 : (long) result.page() * result.size() + 1;
    }

    public long lastItem(Page<?> result) {
        return (long) result.page() * result.size() + result.items().size();
    }

    private String url(String words, Map<String, String> chosen, String order, int number, int pageSize) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (words != null) {
            parameters.put(SEARCH, words);
        }
        parameters.putAll(chosen);
        if (order != null) {
            parameters.put(SORT, order);
        }
        if (number > 0) {
            parameters.put(PAGE, String.valueOf(number));
        }
        if (pageSize != PageQuery.DEFAULT_SIZE) {
            parameters.put(SIZE, String.valueOf(pageSize));
        }
        return withQuery(path, parameters);
    }

    private static String withQuery(String base, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(base);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        }
        catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
