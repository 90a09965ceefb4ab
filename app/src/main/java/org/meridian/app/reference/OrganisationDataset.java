package org.meridian.app.reference;

import static org.meridian.app.reference.ReferenceFiles.blankToNull;

import java.sql.Types;
import java.util.List;
import java.util.Set;

import org.meridian.core.reference.CsvRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** International organisations from {@code organisations.csv} (parents listed before their institutes). */
@Component
@Order(60)
class OrganisationDataset extends ReferenceDataset {

    private final ReferenceTables tables;

    OrganisationDataset(ReferenceTables tables) {
        super("organisations", 1);
        this.tables = tables;
    }

    @Override
    int load() {
        List<CsvRows.Row> rows = ReferenceFiles.rows("organisations.csv");
        Set<String> present = tables.keys("select code from reference_organisation");
        tables.insert("""
                insert into reference_organisation (code, name_en, name_zh, kind, website, parent_code, country_group_code)
                values (?, ?, ?, ?, ?, ?, ?)""",
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR },
                rows.stream().filter(row -> !present.contains(row.get("code")))
                        .map(row -> new Object[] { row.get("code"), row.get("name_en"), blankToNull(row.get("name_zh")),
                                row.get("kind"), blankToNull(row.get("website")), blankToNull(row.get("parent_code")),
                                blankToNull(row.get("country_group_code")) })
                        .toList());
        return rows.size();
    }
}
