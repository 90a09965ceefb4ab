package org.meridian.app.reference;

/**
 * A country or area of ISO 3166-1 with its UN M49 region and sub-region (English names).
 */
public record Country(String alpha2, String alpha3, String numericCode, String nameEn, String nameZh,
        String regionCode, String regionEn, String subregionCode, String subregionEn) {

    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : nameEn;
    }
}
