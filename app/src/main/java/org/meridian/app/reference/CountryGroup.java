package org.meridian.app.reference;

import java.time.LocalDate;

/**
 * A named set of countries: the members of an organisation (OECD, EU, ASEAN, G20, BRICS), the partners of an
 * initiative (Belt and Road), or a UN M49 region. {@code source} says where the membership list comes from and
 * {@code asOf} the date it describes (null where the source gives none).
 *
 * @param kind {@code organisation}, {@code initiative}, {@code m49-region}, {@code m49-subregion} or
 *        {@code m49-intermediate-region}
 */
public record CountryGroup(String code, String nameEn, String nameZh, String kind, LocalDate asOf, String source) {

    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : nameEn;
    }
}
