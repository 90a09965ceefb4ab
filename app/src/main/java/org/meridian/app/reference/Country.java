package org.meridian.app.reference;

/**
 * A country or area of ISO 3166-1 with its UN M49 region, sub-region and (where M49 has one) intermediate
 * region, English names of these, and the name OpenAlex uses for it.
 */
public record Country(String alpha2, String alpha3, String numericCode, String nameEn, String nameZh,
        String regionCode, String regionEn, String subregionCode, String subregionEn, String openalexName,
        String intermediateRegionCode, String intermediateRegionEn) {

    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : nameEn;
    }
}
