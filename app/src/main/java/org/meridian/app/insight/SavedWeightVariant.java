package org.meridian.app.insight;

import java.time.LocalDateTime;
import java.util.Map;

import org.meridian.core.scorecard.Weights;

/**
 * A named weighting of the scorecard as saved: relative weights per pillar and per indicator within its pillar
 * (see {@link Weights}); a pillar or indicator not named keeps weight 1.
 *
 * @param tenantId the institution that owns it, null for a variant every institution sees
 */
public record SavedWeightVariant(long id, Long tenantId, String name, String description,
        Map<String, Double> pillars, Map<String, Double> indicators, String savedBy, LocalDateTime savedAt,
        int version) {

    public boolean global() {
        return tenantId == null;
    }

    /** A draft of a variant to save: {@code global} only for administrators. */
    public record Draft(String name, String description, Boolean global, Map<String, Double> pillars,
            Map<String, Double> indicators) {
    }
}
