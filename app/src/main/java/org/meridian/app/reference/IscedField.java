package org.meridian.app.reference;

/**
 * A field of education and training of ISCED-F 2013: broad (2 digits), narrow (3) or detailed (4).
 */
public record IscedField(String code, String level, String nameEn, String nameZh, String parentCode) {

    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : nameEn;
    }
}
