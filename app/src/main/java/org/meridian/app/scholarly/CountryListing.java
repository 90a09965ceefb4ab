package org.meridian.app.scholarly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country names and the country groups indicators are computed for, read from the shipped
 * {@code reference/countries.csv} without a database, so the command line can use them too.
 * <ul>
 * <li>{@value #OECD}: countries with {@code oecd_member} = Y (members of the OECD).</li>
 * <li>{@value #BELT_AND_ROAD}: countries with {@code bri_cooperation_document} = Y (countries that have signed a
 * Belt and Road cooperation document with China).</li>
 * </ul>
 *
 * @param namesEn alpha-2 code to English name
 * @param namesZh alpha-2 code to Chinese name
 * @param groups  group id to member alpha-2 codes, in the order {@value #OECD}, {@value #BELT_AND_ROAD}
 */
public record CountryListing(Map<String, String> namesEn, Map<String, String> namesZh,
        Map<String, Set<String>> groups) {

    public static final String OECD = "OECD";
    public static final String BELT_AND_ROAD = "BRI";

    private static final String RESOURCE = "/reference/countries.csv";

    public CountryListing {
        namesEn = Map.copyOf(namesEn);
        namesZh = Map.copyOf(namesZh);
        Map<String, Set<String>> copied = new LinkedHashMap<>();
        groups.forEach((id, members) -> copied.put(id, Collections.unmodifiableSet(new TreeSet<>(members))));
        groups = Collections.unmodifiableMap(copied);
    }

    /** Reads the shipped list. */
    public static CountryListing shipped() {
        try (InputStream in = CountryListing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CountryListing read(BufferedReader reader) throws IOException {
        List<String> header = cells(reader.readLine());
        int code = header.indexOf("alpha2");
        int nameEn = header.indexOf("name_en");
        int nameZh = header.indexOf("name_zh");
        int oecd = header.indexOf("oecd_member");
        int bri = header.indexOf("bri_cooperation_document");
        Map<String, String> en = new LinkedHashMap<>();
        Map<String, String> zh = new LinkedHashMap<>();
        Set<String> oecdMembers = new TreeSet<>();
        Set<String> briMembers = new TreeSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = cells(line);
            String alpha2 = row.get(code);
            en.put(alpha2, row.get(nameEn));
            zh.put(alpha2, row.get(nameZh));
            if ("Y".equals(cell(row, oecd))) {
                oecdMembers.add(alpha2);
            }
            if ("Y".equals(cell(row, bri))) {
                briMembers.add(alpha2);
            }
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put(OECD, oecdMembers);
        groups.put(BELT_AND_ROAD, briMembers);
        return new CountryListing(en, zh, groups);
    }

    /** Country names in a language ({@code zh} or else English). */
    public Map<String, String> names(String language) {
        return "zh".equals(language) ? namesZh : namesEn;
    }

    /** Display names of the groups in a language. */
    public static Map<String, String> groupNames(String language) {
        return "zh".equals(language)
                ? Map.of(OECD, "经合组织成员国", BELT_AND_ROAD, "共建“一带一路”国家")
                : Map.of(OECD, "OECD members", BELT_AND_ROAD, "Belt and Road partner countries");
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
