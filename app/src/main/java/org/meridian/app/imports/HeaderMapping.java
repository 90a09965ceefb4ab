package org.meridian.app.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of the file holds which column of the import type. Headers match ignoring case, spaces,
 * {@code _ - *}, a trailing "(required)"-style remark in brackets and full-width forms, in English, in
 * Chinese or as the key; so {@code Start Date}, {@code start_date}, {@code 开始日期} and {@code 开始日期（必填）}
 * all match a column "Start date / 开始日期".
 *
 * @param positions column key to the index of the file's column
 * @param headers column key to the header text as in the file
 * @param problems missing required columns and columns given twice
 * @param ignored headers that match no column
 */
record HeaderMapping(Map<String, Integer> positions, Map<String, String> headers, List<ImportProblem> problems,
        List<String> ignored) {

    static HeaderMapping of(List<ImportColumn> columns, List<String> fileHeaders) {
        Map<String, ImportColumn> byName = new HashMap<>();
        for (ImportColumn column : columns) {
            byName.put(normalized(column.englishHeader()), column);
            byName.put(normalized(column.chineseHeader()), column);
            byName.put(normalized(column.key()), column);
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int index = 0; index < fileHeaders.size(); index++) {
            String header = fileHeaders.get(index);
            if (header.isEmpty()) {
                continue;
            }
            ImportColumn column = byName.get(normalized(header));
            if (column == null) {
                ignored.add(header);
            }
            else if (positions.containsKey(column.key())) {
                problems.add(new ImportProblem(1, header, null, "import.problem.columnTwice",
                        List.of(headers.get(column.key()))));
            }
            else {
                positions.put(column.key(), index);
                headers.put(column.key(), header);
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !positions.containsKey(column.key())) {
                problems.add(new ImportProblem(1, column.bothHeaders(), null, "import.problem.columnMissing",
                        List.of()));
            }
        }
        return new HeaderMapping(positions, headers, problems, ignored);
    }

    static String normalized(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]\\s*$", "");
        return text.replaceAll("[\\s_\\-*]", "");
    }
}
