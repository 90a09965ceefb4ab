package org.meridian.core.statistics;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the UIS long file {@code indicator_id,geo_unit,year,value,qualifier,magnitude} (indicators 26637 and
 * MENF.5T8). A geo unit of three capital letters is a country (ISO alpha-3, mapped to alpha-2); anything else
 * ({@code SDG: Europe}, {@code WB: Euro area}, ...) is an aggregate and kept apart. Magnitude {@code NIL} keeps the
 * value 0, magnitude {@code NA} makes it missing ({@code NaN}); qualifiers are kept per value. Years missing inside
 * a country's range are reported per indicator.
 */
public final class UisMobilityReader {

    private UisMobilityReader() {
    }

    public static UisMobility read(String source, Reader csv, CountryDirectory countries) {
        ImportReport.Builder report = new ImportReport.Builder(source);
        List<UisValue> countryValues = new ArrayList<>();
        List<UisValue> aggregates = new ArrayList<>();
        Map<String, TreeSet<Integer>> yearsByCountryIndicator = new TreeMap<>();
        try (CsvRows rows = new CsvRows(csv)) {
            int indicatorColumn = rows.column("indicator_id");
            int geoColumn = rows.column("geo_unit");
            int yearColumn = rows.column("year");
            int valueColumn = rows.column("value");
            int qualifierColumn = rows.column("qualifier");
            int magnitudeColumn = rows.column("magnitude");
            for (String[] row = rows.next(); row != null; row = rows.next()) {
                report.read();
                Optional<UisIndicator> indicator = row.length > magnitudeColumn
                        ? UisIndicator.byId(row[indicatorColumn]) : Optional.empty();
                if (indicator.isEmpty() || !NumericField.isInteger(row[yearColumn]) || !NumericField.isNumber(row[valueColumn])) {
                    report.note(Finding.MALFORMED_ROW, "line " + rows.line() + ": " + String.join(",", row));
                    continue;
                }
                String geo = row[geoColumn];
                int year = Integer.parseInt(row[yearColumn]);
                String where = geo + " " + row[indicatorColumn] + " " + year;
                double value = Double.parseDouble(row[valueColumn]);
                switch (row[magnitudeColumn]) {
                    case "NIL" -> report.note(Finding.NIL_MAGNITUDE, where);
                    case "NA" -> {
                        report.note(Finding.NOT_APPLICABLE, where);
                        value = Double.NaN;
                    }
                    default -> { }
                }
                UisQualifier qualifier = switch (row[qualifierColumn]) {
                    case "UIS_EST" -> UisQualifier.UIS_ESTIMATE;
                    case "NAT_EST" -> UisQualifier.NATIONAL_ESTIMATE;
                    default -> UisQualifier.REPORTED;
                };
                if (qualifier == UisQualifier.UIS_ESTIMATE) {
                    report.note(Finding.UIS_ESTIMATE, where);
                } else if (qualifier == UisQualifier.NATIONAL_ESTIMATE) {
                    report.note(Finding.NATIONAL_ESTIMATE, where);
                }
                if (!geo.matches("[A-Z]{3}")) {
                    report.note(Finding.REGIONAL_AGGREGATE, geo);
                    aggregates.add(new UisValue(indicator.get(), geo, null, year, value, qualifier));
                    report.kept();
                    continue;
                }
                Optional<Country> country = countries.byAlpha3(geo);
                if (country.isEmpty()) {
                    report.note(Finding.UNMAPPED_COUNTRY, geo);
                    aggregates.add(new UisValue(indicator.get(), geo, null, year, value, qualifier));
                    report.kept();
                    continue;
                }
                if (!Double.isNaN(value) && value != Math.rint(value)) {
                    report.note(Finding.FRACTIONAL_HEADCOUNT, where + " = " + row[valueColumn]);
                }
                countryValues.add(new UisValue(indicator.get(), geo, country.get().alpha2(), year, value, qualifier));
                report.kept();
                yearsByCountryIndicator.computeIfAbsent(geo + " " + indicator.get().id(), key -> new TreeSet<>())
                        .add(year);
            }
        }
        MissingYears.report(yearsByCountryIndicator, report);
        return new UisMobility(countryValues, aggregates, report.build());
    }
}
