package org.meridian.core.reference;

import java.util.List;

/**
 * One institution of the merged world registry.
 *
 * @param id the Meridian id (see {@link MeridianInstitutionId})
 * @param nameKey {@link NameKey} of {@code nameEn}, unique within the country
 * @param nameZhSource who gave the Chinese name ({@code meridian} for names Meridian compiled)
 * @param sources the source lists this entry was merged from, in {@link InstitutionSource} order
 */
public record InstitutionEntry(String id, String openalexId, String rorId, String nameEn, String nameKey,
        String nameZh, String nameZhSource, String countryCode, InstitutionType type, List<String> domains,
        String webPage, List<InstitutionSource> sources) {

    public InstitutionEntry {
        domains = List.copyOf(domains);
        sources = List.copyOf(sources);
    }
}
