package org.meridian.app.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the reference data shipped under {@code classpath:reference/} (see its SOURCE.md) on start. Each
 * table is filled only while it is empty, so restarts duplicate nothing and an administrator's edits stay.
 */
@Component
@Order(-10)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcClient jdbc;

    ReferenceDataLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (isEmpty("reference_country")) {
            int count = readCsv("reference/countries.csv", this::insertCountry);
            log.info("Loaded {} countries", count);
        }
        if (isEmpty("reference_isced_field")) {
            int count = readCsv("reference/isced_f_2013.csv", this::insertIscedField);
            log.info("Loaded {} ISCED-F 2013 fields", count);
        }
    }

    private boolean isEmpty(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single() == 0;
    }

    private void insertCountry(CSVRecord row) {
        jdbc.sql("""
                insert into reference_country (alpha2, alpha3, numeric_code, name_en, name_zh, region_code, region_en,
                    subregion_code, subregion_en)
                values (:alpha2, :alpha3, :numeric, :nameEn, :nameZh, :regionCode, :region, :subregionCode, :subregion)
                """)
                .param("alpha2", row.get("alpha2")).param("alpha3", row.get("alpha3"))
                .param("numeric", row.get("numeric")).param("nameEn", row.get("name_en"))
                .param("nameZh", blankToNull(row.get("name_zh")))
                .param("regionCode", blankToNull(row.get("m49_region_code")))
                .param("region", blankToNull(row.get("m49_region")))
                .param("subregionCode", blankToNull(row.get("m49_subregion_code")))
                .param("subregion", blankToNull(row.get("m49_subregion")))
                .update();
    }

    private void insertIscedField(CSVRecord row) {
        String code = row.get("code");
        String parent = code.length() == 2 ? null : code.substring(0, code.length() - 1);
        jdbc.sql("""
                insert into reference_isced_field (code, level, name_en, parent_code)
                values (:code, :level, :nameEn, :parent)
                """)
                .param("code", code).param("level", row.get("level")).param("nameEn", row.get("label_en"))
                .param("parent", parent).update();
    }

    static int readCsv(String resource, Consumer<CSVRecord> each) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            List<CSVRecord> rows = parser.getRecords();
            rows.forEach(each);
            return rows.size();
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + resource, failure);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
