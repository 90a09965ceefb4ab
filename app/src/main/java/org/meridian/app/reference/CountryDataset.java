package org.meridian.app.reference;

import static org.meridian.app.reference.ReferenceFiles.blankToNull;

import java.util.List;

import org.meridian.core.reference.CsvRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code countries.csv}: adds missing countries and fills the OpenAlex name and M49 intermediate region of
 * countries loaded before those columns existed.
 */
@Component
@Order(10)
class CountryDataset extends ReferenceDataset {

    private final ReferenceTables tables;

    CountryDataset(ReferenceTables tables) {
        super("countries", 2);
        this.tables = tables;
    }

    @Override
    int load() {
        List<CsvRows.Row> rows = ReferenceFiles.rows("countries.csv");
        var present = tables.keys("select alpha2 from reference_country");
        for (CsvRows.Row row : rows) {
            if (!present.contains(row.get("alpha2"))) {
                tables.jdbc().sql("""
                        insert into reference_country (alpha2, alpha3, numeric_code, name_en, name_zh, region_code,
                            region_en, subregion_code, subregion_en)
                        values (:alpha2, :alpha3, :numeric, :nameEn, :nameZh, :regionCode, :region, :subregionCode,
                            :subregion)""")
                        .param("alpha2", row.get("alpha2")).param("alpha3", row.get("alpha3"))
                        .param("numeric", row.get("numeric")).param("nameEn", row.get("name_en"))
                        .param("nameZh", blankToNull(row.get("name_zh")))
                        .param("regionCode", blankToNull(row.get("m49_region_code")))
                        .param("region", blankToNull(row.get("m49_region")))
                        .param("subregionCode", blankToNull(row.get("m49_subregion_code")))
                        .param("subregion", blankToNull(row.get("m49_subregion"))).update();
            }
            tables.jdbc().sql("""
                    update reference_country set openalex_name = coalesce(openalex_name, :openalexName),
                        intermediate_region_code = coalesce(intermediate_region_code, :intermediateCode),
                        intermediate_region_en = coalesce(intermediate_region_en, :intermediate)
                    where alpha2 = :alpha2""")
                    .param("alpha2", row.get("alpha2"))
                    .param("openalexName", blankToNull(row.get("openalex_name")), java.sql.Types.VARCHAR)
                    .param("intermediateCode", blankToNull(row.get("m49_intermediate_code")), java.sql.Types.VARCHAR)
                    .param("intermediate", blankToNull(row.get("m49_intermediate")), java.sql.Types.VARCHAR).update();
        }
        return rows.size();
    }
}
