package org.meridian.core.gaps;

/**
 * Demand seen in the home's own records for one field (at the gap analysis's level): outbound mobilities and
 * agreements whose subject area falls in the field, as counted by the registry.
 */
public record RecordedDemand(String fieldId, int outboundMobilities, int agreements) {

    public int total() {
        return outboundMobilities + agreements;
    }
}
