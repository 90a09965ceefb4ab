package org.meridian.core.statistics;

/**
 * A partner country (ISO alpha-2) with a count and the count's share of a stated base (the producing method says
 * which base).
 */
public record PartnerCount(String partner, double count, double share) {
}
