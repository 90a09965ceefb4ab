package org.meridian.app.reference;

import static org.meridian.app.reference.ReferenceFiles.blankToNull;

import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.meridian.core.reference.CsvRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The OpenAlex field taxonomy from {@code openalex/domains.csv}, {@code fields.csv}, {@code subfields.csv}, {@code topics.csv}. */
@Component
@Order(40)
class ResearchTaxonomyDataset extends ReferenceDataset {

    private final ReferenceTables tables;

    ResearchTaxonomyDataset(ReferenceTables tables) {
        super("openalex-taxonomy", 1);
        this.tables = tables;
    }

    @Override
    int load() {
        return insertMissing("domains", "reference_research_domain", "domain_id",
                "insert into reference_research_domain (id, name_en, name_zh) values (?, ?, ?)",
                new int[] { Types.INTEGER, Types.VARCHAR, Types.VARCHAR },
                row -> new Object[] { Integer.valueOf(row.get("domain_id")), row.get("domain_name"), blankToNull(row.get("name_zh")) })
                + insertMissing("fields", "reference_research_field", "field_id",
                        "insert into reference_research_field (id, domain_id, name_en, name_zh) values (?, ?, ?, ?)",
                        new int[] { Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR },
                        row -> new Object[] { Integer.valueOf(row.get("field_id")), Integer.valueOf(row.get("domain_id")),
                                row.get("field_name"), blankToNull(row.get("name_zh")) })
                + insertMissing("subfields", "reference_research_subfield", "subfield_id",
                        "insert into reference_research_subfield (id, field_id, name_en) values (?, ?, ?)",
                        new int[] { Types.INTEGER, Types.INTEGER, Types.VARCHAR },
                        row -> new Object[] { Integer.valueOf(row.get("subfield_id")), Integer.valueOf(row.get("field_id")),
                                row.get("subfield_name") })
                + insertMissing("topics", "reference_research_topic", "topic_id",
                        "insert into reference_research_topic (id, subfield_id, name_en) values (?, ?, ?)",
                        new int[] { Types.VARCHAR, Types.INTEGER, Types.VARCHAR },
                        row -> new Object[] { row.get("topic_id"), Integer.valueOf(row.get("subfield_id")),
                                row.get("topic_name") });
    }

    private int insertMissing(String file, String table, String idColumn, String insert, int[] types,
            Function<CsvRows.Row, Object[]> values) {
        List<CsvRows.Row> rows = ReferenceFiles.rows("openalex/" + file + ".csv");
        Set<String> present = tables.keys("select id from " + table);
        tables.insert(insert, types,
                rows.stream().filter(row -> !present.contains(row.get(idColumn))).map(values).toList());
        return rows.size();
    }
}
