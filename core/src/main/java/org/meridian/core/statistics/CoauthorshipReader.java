package org.meridian.core.statistics;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the OpenAlex country co-authorship files: pairs
 * {@code year,country_a,country_b,works_coauthored,works_in_query_of_a,works_in_query_of_b} and per-country totals
 * {@code year,country,international_works,group_by_groups_count}. Codes are ISO alpha-2 and checked against the
 * country table; an unknown code is reported and its row left out. Pairs whose two directed counts differ are
 * reported ({@code works_coauthored} is already their maximum); a distinct-country count of 200 is reported as
 * capped. Years missing inside a country's range of totals are reported.
 */
public final class CoauthorshipReader {

    /** The OpenAlex API's cap on {@code groups_count}. */
    public static final int GROUPS_COUNT_CAP = 200;

    private CoauthorshipReader() {
    }

    public static Imported<CoauthoredWorks> readPairs(String source, Reader csv, CountryDirectory countries) {
        ImportReport.Builder report = new ImportReport.Builder(source);
        List<CoauthoredWorks> pairs = new ArrayList<>();
        try (CsvRows rows = new CsvRows(csv)) {
            int yearColumn = rows.column("year");
            int aColumn = rows.column("country_a");
            int bColumn = rows.column("country_b");
            int worksColumn = rows.column("works_coauthored");
            int aQueryColumn = rows.column("works_in_query_of_a");
            int bQueryColumn = rows.column("works_in_query_of_b");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                report.read();
                if (row.length != 6 || !NumericField.isInteger(row[yearColumn]) || !NumericField.isInteger(row[worksColumn])) {
                    report.note(Finding.MALFORMED_ROW, "line " + rows.line() + ": " + String.join(",", row));
                    continue;
                }
                if (!known(row[aColumn], countries, report) | !known(row[bColumn], countries, report)) {
                    continue;
                }
                if (!row[aQueryColumn].equals(row[bQueryColumn])) {
                    report.note(Finding.DIRECTED_COUNTS_DIFFER, row[yearColumn] + " " + row[aColumn] + "-"
                            + row[bColumn] + ": " + row[aQueryColumn] + " vs " + row[bQueryColumn]);
                }
                pairs.add(new CoauthoredWorks(Integer.parseInt(row[yearColumn]), row[aColumn], row[bColumn],
                        Long.parseLong(row[worksColumn])));
                report.kept();
            }
        }
        return new Imported<>(pairs, report.build());
    }

    public static Imported<InternationalWorks> readInternationalWorks(String source, Reader csv,
            CountryDirectory countries) {
        ImportReport.Builder report = new ImportReport.Builder(source);
        List<InternationalWorks> totals = new ArrayList<>();
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        try (CsvRows rows = new CsvRows(csv)) {
            int yearColumn = rows.column("year");
            int countryColumn = rows.column("country");
            int worksColumn = rows.column("international_works");
            int groupsColumn = rows.column("group_by_groups_count");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                report.read();
                if (row.length != 4 || !NumericField.isInteger(row[yearColumn]) || !NumericField.isInteger(row[worksColumn])
                        || !NumericField.isInteger(row[groupsColumn])) {
                    report.note(Finding.MALFORMED_ROW, "line " + rows.line() + ": " + String.join(",", row));
                    continue;
                }
                if (!known(row[countryColumn], countries, report)) {
                    continue;
                }
                int year = Integer.parseInt(row[yearColumn]);
                int groups = Integer.parseInt(row[groupsColumn]);
                boolean capped = groups >= GROUPS_COUNT_CAP;
                if (capped) {
                    report.note(Finding.PARTNER_COUNT_CAPPED, row[countryColumn] + " " + year);
                }
                totals.add(new InternationalWorks(year, row[countryColumn], Long.parseLong(row[worksColumn]), groups,
                        capped));
                years.computeIfAbsent(row[countryColumn], key -> new TreeSet<>()).add(year);
                report.kept();
            }
        }
        MissingYears.report(years, report);
        return new Imported<>(totals, report.build());
    }

    private static boolean known(String alpha2, CountryDirectory countries, ImportReport.Builder report) {
        if (countries.byAlpha2(alpha2).isPresent()) {
            return true;
        }
        report.note(Finding.UNMAPPED_COUNTRY, alpha2);
        return false;
    }
}
