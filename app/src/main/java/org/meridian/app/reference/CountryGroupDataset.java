package org.meridian.app.reference;

import static org.meridian.app.reference.ReferenceFiles.blankToNull;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.reference.CsvRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Country groups ({@code country_groups.csv}) and their members: EU, ASEAN, G20 and BRICS from
 * {@code country_group_members.csv}; OECD, Belt and Road and the UN M49 regions from the columns of
 * {@code countries.csv}.
 */
@Component
@Order(30)
class CountryGroupDataset extends ReferenceDataset {

    private final ReferenceTables tables;

    CountryGroupDataset(ReferenceTables tables) {
        super("country-groups", 1);
        this.tables = tables;
    }

    @Override
    int load() {
        List<CsvRows.Row> groups = ReferenceFiles.rows("country_groups.csv");
        Set<String> presentGroups = tables.keys("select code from reference_country_group");
        List<Object[]> newGroups = new ArrayList<>();
        for (CsvRows.Row group : groups) {
            if (!presentGroups.contains(group.get("code"))) {
                String asOf = blankToNull(group.get("as_of"));
                newGroups.add(new Object[] { group.get("code"), group.get("name_en"), blankToNull(group.get("name_zh")),
                        group.get("kind"), asOf == null ? null : LocalDate.parse(asOf), group.get("source") });
            }
        }
        tables.insert("insert into reference_country_group (code, name_en, name_zh, kind, as_of, source) values (?, ?, ?, ?, ?, ?)",
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR },
                newGroups);

        Map<String, Object[]> members = new LinkedHashMap<>();
        for (CsvRows.Row member : ReferenceFiles.rows("country_group_members.csv")) {
            add(members, member.get("group_code"), member.get("alpha2"), member.get("joined_on"), member.get("left_on"),
                    member.get("note"));
        }
        for (CsvRows.Row country : ReferenceFiles.rows("countries.csv")) {
            String alpha2 = country.get("alpha2");
            if ("Y".equals(country.get("oecd_member"))) {
                add(members, "OECD", alpha2, country.get("oecd_member_since"), null,
                        "date of deposit of the instrument of ratification or accession");
            }
            if ("Y".equals(country.get("bri_cooperation_document"))) {
                add(members, "BRI", alpha2, country.get("bri_likely_join_date"), country.get("bri_likely_exit_date"),
                        "GFDC's likely dates of joining and exit; approximate");
            }
            for (String column : List.of("m49_region_code", "m49_subregion_code", "m49_intermediate_code")) {
                if (!country.get(column).isBlank()) {
                    add(members, "M49-" + country.get(column), alpha2, null, null, null);
                }
            }
        }
        Set<String> presentMembers = tables.keys(
                "select group_code || '|' || country_code from reference_country_group_member");
        List<Object[]> newMembers = members.entrySet().stream().filter(entry -> !presentMembers.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        tables.insert("""
                insert into reference_country_group_member (group_code, country_code, joined_on, left_on, note)
                values (?, ?, ?, ?, ?)""", new int[] { Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR },
                newMembers);
        return groups.size() + members.size();
    }

    private static void add(Map<String, Object[]> members, String group, String alpha2, String joinedOn,
            String leftOn, String note) {
        members.put(group + "|" + alpha2, new Object[] { group, alpha2, date(joinedOn), date(leftOn), blankToNull(note) });
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}
