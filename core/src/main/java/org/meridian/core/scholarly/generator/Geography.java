package org.meridian.core.scholarly.generator;

import java.util.List;

/**
 * The world of the generator: regions with a centre and the countries (ISO 3166-1 alpha-2) that lie in them,
 * each with a share of the world's research institutions. Distances between regions are great-circle
 * distances between their centres, in kilometres.
 */
final class Geography {

    record Region(String name, double latitude, double longitude, double share, List<String> countries) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("East Asia", 35, 115, 0.27, List.of("CN", "JP", "KR", "TW", "HK", "MO")),
            new Region("South-East Asia", 5, 105, 0.05, List.of("SG", "MY", "TH", "VN", "ID", "PH")),
            new Region("South Asia", 22, 78, 0.08, List.of("IN", "PK", "BD", "LK")),
            new Region("Western Europe", 50, 6, 0.20, List.of("DE", "GB", "FR", "IT", "ES", "NL", "CH", "SE", "BE")),
            new Region("Eastern Europe", 52, 25, 0.07, List.of("PL", "RU", "CZ", "RO", "HU", "UA")),
            new Region("North America", 42, -90, 0.18, List.of("US", "CA")),
            new Region("Latin America", -12, -58, 0.06, List.of("BR", "MX", "AR", "CL", "CO")),
            new Region("Middle East and Africa", 20, 30, 0.07, List.of("TR", "IR", "EG", "SA", "ZA", "NG", "KE")),
            new Region("Oceania", -30, 145, 0.02, List.of("AU", "NZ")));

    private Geography() {
    }

    static double distanceKm(Region a, Region b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
