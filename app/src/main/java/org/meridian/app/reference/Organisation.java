package org.meridian.app.reference;

/**
 * An international organisation, forum, association or alliance that a university may engage with.
 *
 * @param code short code, e.g. {@code UNESCO}, {@code UNESCO-IIEP}
 * @param kind {@code intergovernmental}, {@code non-governmental}, {@code standard-body}, {@code association},
 *        {@code alliance} or {@code forum}
 * @param parentCode the organisation this one belongs to (UNESCO's institutes to UNESCO), or null
 * @param countryGroupCode the {@link CountryGroup} of its member countries, where Meridian has one
 */
public record Organisation(String code, String nameEn, String nameZh, String kind, String website,
        String parentCode, String countryGroupCode, int version) {

    public static final java.util.List<String> KINDS = java.util.List.of("intergovernmental", "non-governmental",
            "standard-body", "association", "alliance", "forum");

    public String name(String locale) {
        return "zh".equals(locale) && nameZh != null ? nameZh : nameEn;
    }
}
