package org.meridian.app.insight;

import java.time.LocalDate;

/**
 * Where a national figure comes from, shown beside it: the publisher, the data set, its as-of date and licence.
 *
 * @param id   short id the figures refer to: {@code uis}, {@code owid}, {@code oecd}, {@code openalex}
 * @param asOf the date the published data stood at when it was copied (release or extraction date)
 */
public record StatisticsSource(String id, String publisher, String dataSet, LocalDate asOf, String licence,
        String file) {
}
