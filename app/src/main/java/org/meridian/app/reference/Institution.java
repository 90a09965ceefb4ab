package org.meridian.app.reference;

import java.util.List;

/**
 * An institution of the world registry: a university, research organisation, company, hospital, government body
 * and so on, anywhere in the world.
 *
 * @param id Meridian's id, e.g. {@code CN-a1461662bf} (see {@code org.meridian.core.reference.MeridianInstitutionId})
 * @param openalexId OpenAlex id such as {@code I99065089}, where known
 * @param rorId ROR id such as {@code 03cve4549} (without {@code https://ror.org/}), where known
 * @param nameZhSource who gave the Chinese name: {@code meridian} (compiled with the shipped data) or
 *        {@code administrator}
 * @param type {@code education}, {@code company}, {@code nonprofit}, {@code healthcare}, {@code facility},
 *        {@code government}, {@code archive} or {@code other}
 * @param sources the lists it was merged from: {@code ror-2021}, {@code openalex}, {@code hipo}, {@code meridian}
 */
public record Institution(String id, String openalexId, String rorId, String nameEn, String nameZh,
        String nameZhSource, String countryCode, String type, List<String> domains, String webPage,
        List<String> sources, int version) {

    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : nameEn;
    }
}
