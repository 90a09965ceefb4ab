package org.meridian.app.insight.bringin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups of countries for homes and candidate filters, read from {@code reference/countries.csv}:
 * {@code oecd} = column {@code oecd_member} is Y; {@code bri} (also {@code belt-and-road}) = column
 * {@code bri_cooperation_document} is Y, i.e. the country signed a Belt and Road cooperation document.
 */
public final class CountryGroups {

    private static final CountryGroups SHIPPED = read();

    private final Map<String, Set<String>> members;

    CountryGroups(Map<String, Set<String>> members) {
        this.members = Map.copyOf(members);
    }

    public static CountryGroups shipped() {
        return SHIPPED;
    }

    /** The members of a group by name (case-insensitive: oecd, bri, belt-and-road), or empty. */
    public Optional<Set<String>> members(String group) {
        String key = group.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(members.get("belt-and-road".equals(key) ? "bri" : key));
    }

    public Set<String> names() {
        return members.keySet();
    }

    private static CountryGroups read() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put("oecd", new TreeSet<>());
        groups.put("bri", new TreeSet<>());
        try (InputStream in = CountryGroups.class.getResourceAsStream("/reference/countries.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",", -1);
            int alpha2 = column(header, "alpha2");
            int oecd = column(header, "oecd_member");
            int bri = column(header, "bri_cooperation_document");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells.length < header.length) {
                    continue;
                }
                // a quoted name may hold commas: the flag columns are counted from the end of the row
                int shift = cells.length - header.length;
                if ("Y".equals(cells[oecd + shift])) {
                    groups.get("oecd").add(cells[alpha2]);
                }
                if ("Y".equals(cells[bri + shift])) {
                    groups.get("bri").add(cells[alpha2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        groups.forEach((name, codes) -> frozen.put(name, Set.copyOf(codes)));
        return new CountryGroups(frozen);
    }

    private static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("reference/countries.csv has no column " + name);
    }
}
