package org.meridian.core.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The reference statistics shipped in {@code /reference/statistics/} on the class path (see the {@code SOURCE.md}
 * there for origins, licences and as-of dates), read with their import reports.
 */
public record ShippedStatistics(CountryDirectory countries, UisMobility uis, PublishedRates inboundMobilityRates,
        PublishedRates outboundMobilityRatios, Imported<StudentFlow> oecdFlows,
        Imported<CoauthoredWorks> coauthoredWorks, Imported<InternationalWorks> internationalWorks) {

    public static final String FOLDER = "/reference/statistics/";
    public static final String UIS = "uis_mobile_students_long.csv";
    public static final String OECD_FLOWS = "oecd_2013-2019_international_students_host_by_origin.csv.gz";
    public static final String INBOUND_RATES = "owid_inbound_mobility_rate.csv";
    public static final String OUTBOUND_RATIOS = "owid_outbound_mobility_ratio.csv";
    public static final String COAUTHORED_PAIRS = "country_pair_coauthored_works_1990-2023.csv.gz";
    public static final String INTERNATIONAL_WORKS = "country_international_works_1990-2023.csv";
    public static final String COUNTRIES = "countries.csv";
    public static final String WORLD_FIELDS = "world_works_by_field.csv";
    public static final String COUNTRY_FIELDS = "countries_by_field_32_countries.csv";

    /** Reads every shipped file; takes about a second. */
    public static ShippedStatistics load() {
        CountryDirectory countries = CountryDirectory.read(open(COUNTRIES));
        return new ShippedStatistics(countries,
                UisMobilityReader.read(UIS, open(UIS), countries),
                PublishedRateReader.read(INBOUND_RATES, open(INBOUND_RATES), countries),
                PublishedRateReader.read(OUTBOUND_RATIOS, open(OUTBOUND_RATIOS), countries),
                OecdStudentFlowReader.read(OECD_FLOWS, open(OECD_FLOWS), countries),
                CoauthorshipReader.readPairs(COAUTHORED_PAIRS, open(COAUTHORED_PAIRS), countries),
                CoauthorshipReader.readInternationalWorks(INTERNATIONAL_WORKS, open(INTERNATIONAL_WORKS), countries));
    }

    /** The import reports of all files. */
    public List<ImportReport> reports() {
        return List.of(uis.report(), inboundMobilityRates.report(), outboundMobilityRatios.report(),
                oecdFlows.report(), coauthoredWorks.report(), internationalWorks.report());
    }

    /** A reader on one shipped file, decompressed if its name ends in {@code .gz}. */
    public static BufferedReader open(String fileName) {
        InputStream stream = ShippedStatistics.class.getResourceAsStream(FOLDER + fileName);
        if (stream == null) {
            throw new IllegalArgumentException("not shipped: " + FOLDER + fileName);
        }
        try {
            InputStream content = fileName.endsWith(".gz") ? new GZIPInputStream(stream, 1 << 16) : stream;
            return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
