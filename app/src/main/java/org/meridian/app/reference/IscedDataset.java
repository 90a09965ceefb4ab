package org.meridian.app.reference;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.meridian.core.reference.CsvRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code isced_f_2013.csv} and the Chinese names of {@code isced_f_2013_zh.csv}. */
@Component
@Order(20)
class IscedDataset extends ReferenceDataset {

    private final ReferenceTables tables;

    IscedDataset(ReferenceTables tables) {
        super("isced-f-2013", 2);
        this.tables = tables;
    }

    @Override
    int load() {
        List<CsvRows.Row> rows = ReferenceFiles.rows("isced_f_2013.csv");
        Map<String, String> chinese = ReferenceFiles.rows("isced_f_2013_zh.csv").stream()
                .collect(Collectors.toMap(row -> row.get("code"), row -> row.get("name_zh")));
        var present = tables.keys("select code from reference_isced_field");
        for (CsvRows.Row row : rows) {
            String code = row.get("code");
            if (!present.contains(code)) {
                tables.jdbc().sql("""
                        insert into reference_isced_field (code, level, name_en, parent_code)
                        values (:code, :level, :nameEn, :parent)""")
                        .param("code", code).param("level", row.get("level")).param("nameEn", row.get("label_en"))
                        .param("parent", code.length() == 2 ? null : code.substring(0, code.length() - 1),
                                java.sql.Types.VARCHAR)
                        .update();
            }
            tables.jdbc().sql("update reference_isced_field set name_zh = coalesce(name_zh, :nameZh) where code = :code")
                    .param("code", code).param("nameZh", chinese.get(code), java.sql.Types.VARCHAR).update();
        }
        return rows.size();
    }
}
