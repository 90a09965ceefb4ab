package org.meridian.core.statistics;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the OECD host x origin file
 * {@code host_country,origin_country,year,sum_over_isced_levels_as_published,tertiary_students_estimate_half}.
 * <ul>
 * <li>Countries are given by English name and mapped through {@link CountryDirectory#byName(String)}; a renamed or
 * variant name ({@code Turkey}, {@code Viet Nam}) and a repaired mis-decoded name ({@code CuraÃ§ao}) are reported;
 * an unmapped name is reported and its row left out of the records.</li>
 * <li>Every row carries the double counting of ISCED levels; the tertiary estimate is the published sum halved, and
 * odd sums are reported.</li>
 * <li>A host whose every origin is 0 in a year did not report that year: its rows are reported and left out rather
 * than read as zero students. Hosts without rows in a year of the file's range are reported as missing years.</li>
 * </ul>
 */
public final class OecdStudentFlowReader {

    private record Row(String hostName, String originName, String host, String origin, int year, long sum) {
    }

    private OecdStudentFlowReader() {
    }

    public static Imported<StudentFlow> read(String source, Reader csv, CountryDirectory countries) {
        ImportReport.Builder report = new ImportReport.Builder(source);
        List<Row> rows = new ArrayList<>();
        Map<String, Optional<CountryDirectory.NameMatch>> matches = new HashMap<>();
        try (CsvRows lines = new CsvRows(csv)) {
            int hostColumn = lines.column("host_country");
            int originColumn = lines.column("origin_country");
            int yearColumn = lines.column("year");
            int sumColumn = lines.column("sum_over_isced_levels_as_published");
            for (String[] line = lines.next(); line != null; line = lines.next()) {
                report.read();
                if (line.length != 5 || !NumericField.isInteger(line[yearColumn])
                        || !NumericField.isInteger(line[sumColumn])) {
                    report.note(Finding.MALFORMED_ROW, "line " + lines.line() + ": " + String.join(",", line));
                    continue;
                }
                Optional<CountryDirectory.NameMatch> host = matches.computeIfAbsent(line[hostColumn], countries::byName);
                Optional<CountryDirectory.NameMatch> origin = matches.computeIfAbsent(line[originColumn],
                        countries::byName);
                noteName(line[hostColumn], host, report);
                noteName(line[originColumn], origin, report);
                rows.add(new Row(line[hostColumn], line[originColumn],
                        host.map(match -> match.country().alpha2()).orElse(null),
                        origin.map(match -> match.country().alpha2()).orElse(null),
                        Integer.parseInt(line[yearColumn]), Long.parseLong(line[sumColumn])));
            }
        }
        Map<String, TreeMap<Integer, Long>> totals = new TreeMap<>();
        TreeSet<Integer> allYears = new TreeSet<>();
        for (Row row : rows) {
            totals.computeIfAbsent(row.hostName(), key -> new TreeMap<>()).merge(row.year(), row.sum(), Long::sum);
            allYears.add(row.year());
        }
        List<StudentFlow> flows = new ArrayList<>();
        for (Row row : rows) {
            if (totals.get(row.hostName()).get(row.year()) == 0) {
                report.note(Finding.HOST_YEAR_ALL_ZERO, row.hostName() + " " + row.year());
                continue;
            }
            if (row.host() == null || row.origin() == null) {
                continue;
            }
            report.note(Finding.DOUBLE_COUNTED_LEVELS, "all rows");
            if (row.sum() % 2 != 0) {
                report.note(Finding.ODD_PUBLISHED_SUM, row.hostName() + " <- " + row.originName() + " " + row.year()
                        + ": " + row.sum());
            }
            flows.add(new StudentFlow(row.host(), row.origin(), row.year(), row.sum(), row.sum() / 2.0));
            report.kept();
        }
        totals.forEach((host, years) -> {
            for (int year = allYears.isEmpty() ? 0 : allYears.first(); !allYears.isEmpty() && year <= allYears.last();
                    year++) {
                if (!years.containsKey(year)) {
                    report.note(Finding.MISSING_YEAR, host + " (host) " + year);
                }
            }
        });
        return new Imported<>(flows, report.build());
    }

    /** Counts every row whose name is not the ISO name, so the report tells how many rows each quirk touched. */
    private static void noteName(String name, Optional<CountryDirectory.NameMatch> match,
            ImportReport.Builder report) {
        if (match.isEmpty()) {
            report.note(Finding.UNMAPPED_COUNTRY, name);
        } else if (match.get().match() == CountryDirectory.Match.REPAIRED_ENCODING) {
            report.note(Finding.REPAIRED_ENCODING, name + " -> " + match.get().country().nameEnglish());
        } else if (match.get().match() != CountryDirectory.Match.ISO_NAME) {
            report.note(Finding.RENAMED_COUNTRY, name + " -> " + match.get().country().alpha2() + " ("
                    + match.get().country().nameEnglish() + ")");
        }
    }
}
