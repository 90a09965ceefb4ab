package org.meridian.app.insight.bringin;

/**
 * Demand recorded under an ISCED-F code that maps to no OpenAlex field, so it is not counted in the gap
 * analysis; shown so that nothing is dropped silently.
 */
public record UnmappedDemand(String iscedCode, int outboundMobilities, int agreements, String message) {
}
