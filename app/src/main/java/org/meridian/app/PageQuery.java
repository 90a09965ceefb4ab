package org.meridian.app;

import java.util.Map;

/**
 * Which page of a list to read and in which order. {@code sort} is a public field name; each list maps the
 * names it allows to SQL columns, so a sort parameter can never inject SQL.
 *
 * @param page 0-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 * @param sort public field name, or null for the list's default order
 * @param descending whether to sort from the highest value
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageQuery {
        if (page < 0) {
            throw InvalidInput.of("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** Parses {@code sort=name} or {@code sort=-name} (descending) as used in URLs. */
    public static PageQuery of(Integer page, Integer size, String sort) {
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null || sort.isBlank() ? null : (descending ? sort.substring(1) : sort);
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, descending);
    }

    public static PageQuery firstPage() {
        return new PageQuery(0, DEFAULT_SIZE, null, false);
    }

    public int offset() {
        return page * size;
    }

    /**
     * The SQL {@code order by} clause for this query: the allowed column for {@code sort}, else the default,
     * always followed by {@code id} so that pages are stable.
     */
    public String orderBy(Map<String, String> allowedColumns, String defaultColumn) {
        String column = defaultColumn;
        if (sort != null) {
            column = allowedColumns.get(sort);
            if (column == null) {
                throw InvalidInput.of("sort", "cannot sort by '" + sort + "'; allowed: "
                        + String.join(", ", allowedColumns.keySet().stream().sorted().toList()));
            }
        }
        return " order by " + column + (descending ? " desc" : " asc") + ", id" + (descending ? " desc" : " asc");
    }

    public String limitOffset() {
        return " limit " + size + " offset " + offset();
    }
}
