/**
 * Partner and talent recommendation: a {@link org.meridian.core.matching.PartnerIndex} precomputed once per
 * landscape, level and period; searches that score every candidate by explained factors.
 */
package org.meridian.core.matching;
