package org.meridian.core.balance;

import java.util.Objects;

/** What a balance row covers: all flows, one partner country (alpha-2), or one named group of partner countries. */
public record BalanceScope(Kind kind, String id) {

    public enum Kind {
        ALL, PARTNER_COUNTRY, PARTNER_GROUP
    }

    public static final BalanceScope ALL = new BalanceScope(Kind.ALL, "all");

    public BalanceScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static BalanceScope country(String alpha2) {
        return new BalanceScope(Kind.PARTNER_COUNTRY, alpha2);
    }

    public static BalanceScope group(String name) {
        return new BalanceScope(Kind.PARTNER_GROUP, name);
    }
}
