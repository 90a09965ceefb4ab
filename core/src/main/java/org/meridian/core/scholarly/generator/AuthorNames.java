package org.meridian.core.scholarly.generator;

/** A readable, deterministic name for a generated author id. */
final class AuthorNames {

    private static final String[] GIVEN = { "Wei", "Li", "Ming", "Yuki", "Ji-woo", "Anh", "Priya", "Arjun", "Anna",
            "Lukas", "Marie", "Giulia", "Pablo", "Olga", "Tomasz", "James", "Emily", "Carlos", "Ana", "Fatima", "Omar",
            "Amara", "Chloe", "Noah", "Sofia", "Hiroshi", "Mei", "David", "Sara", "Ivan" };
    private static final String[] FAMILY = { "Wang", "Zhang", "Chen", "Liu", "Sato", "Kim", "Nguyen", "Sharma",
            "Patel", "Müller", "Schmidt", "Martin", "Rossi", "García", "Silva", "Kowalski", "Ivanov", "Smith",
            "Johnson", "Brown", "Okafor", "Hassan", "Yılmaz", "Cohen", "Andersson", "Dubois", "Tanaka", "Lee",
            "Huang", "Novak" };

    private AuthorNames() {
    }

    static String of(long authorNumber) {
        long h = authorNumber * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        int given = (int) Math.floorMod(h, (long) GIVEN.length);
        int family = (int) Math.floorMod(h >>> 17, (long) FAMILY.length);
        return GIVEN[given] + " " + FAMILY[family];
    }
}
