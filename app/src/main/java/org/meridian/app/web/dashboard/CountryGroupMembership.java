package org.meridian.app.web.dashboard;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which countries belong to the two groups the dashboard counts, as {@code reference/countries.csv} records
 * them: OECD members (column {@code oecd_member} = Y) and countries that signed a Belt and Road cooperation
 * document with China (column {@code bri_cooperation_document} = Y). Read once from the shipped file; the
 * reference capability's country groups replace this reader when they arrive.
 */
@Component
class CountryGroupMembership {

    static final String OECD = "oecd";
    static final String BELT_AND_ROAD = "belt-and-road";

    private final Set<String> oecd = new HashSet<>();
    private final Set<String> beltAndRoad = new HashSet<>();

    CountryGroupMembership() {
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/countries.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord country : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if ("Y".equals(country.get("oecd_member"))) {
                    oecd.add(country.get("alpha2"));
                }
                if ("Y".equals(country.get("bri_cooperation_document"))) {
                    beltAndRoad.add(country.get("alpha2"));
                }
            }
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Whether the country is a member of the group ({@link #OECD} or {@link #BELT_AND_ROAD}). */
    boolean isMember(String group, String alpha2) {
        return (OECD.equals(group) ? oecd : beltAndRoad).contains(alpha2);
    }
}
