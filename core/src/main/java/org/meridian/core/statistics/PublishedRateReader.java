package org.meridian.core.statistics;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads an Our World in Data chart export {@code Entity,Code,Year,<rate>} (the fourth column is the value, in
 * percent). A code of three capital letters is a country (ISO alpha-3); an empty code or one like
 * {@code OWID_WRL} or {@code WB_EAP} marks an aggregate, kept apart.
 */
public final class PublishedRateReader {

    private PublishedRateReader() {
    }

    public static PublishedRates read(String source, Reader csv, CountryDirectory countries) {
        ImportReport.Builder report = new ImportReport.Builder(source);
        List<PublishedRate> countryRates = new ArrayList<>();
        List<PublishedRate> aggregates = new ArrayList<>();
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        try (CsvRows rows = new CsvRows(csv)) {
            int entityColumn = rows.column("Entity");
            int codeColumn = rows.column("Code");
            int yearColumn = rows.column("Year");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                report.read();
                if (row.length != 4 || !NumericField.isInteger(row[yearColumn]) || !NumericField.isNumber(row[3])) {
                    report.note(Finding.MALFORMED_ROW, "line " + rows.line() + ": " + String.join(",", row));
                    continue;
                }
                String code = row[codeColumn];
                int year = Integer.parseInt(row[yearColumn]);
                double percent = Double.parseDouble(row[3]);
                Optional<Country> country = code.matches("[A-Z]{3}") ? countries.byAlpha3(code) : Optional.empty();
                if (country.isEmpty()) {
                    report.note(code.matches("[A-Z]{3}") ? Finding.UNMAPPED_COUNTRY : Finding.REGIONAL_AGGREGATE,
                            row[entityColumn] + (code.isEmpty() ? "" : " (" + code + ")"));
                    aggregates.add(new PublishedRate(row[entityColumn], code, null, year, percent));
                } else {
                    countryRates.add(new PublishedRate(row[entityColumn], code, country.get().alpha2(), year, percent));
                    years.computeIfAbsent(code, key -> new TreeSet<>()).add(year);
                }
                report.kept();
            }
        }
        MissingYears.report(years, report);
        return new PublishedRates(countryRates, aggregates, report.build());
    }
}
