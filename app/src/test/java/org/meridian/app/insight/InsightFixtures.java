package org.meridian.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.meridian.app.ApiClient;

/** Records for the insight tests, made through the API as an officer makes them. */
public final class InsightFixtures {

    private InsightFixtures() {
    }

    /** Records {@code people} mobility records starting on 1 September 2024 (academic year 2024/2025). */
    public static void recordMobility(ApiClient api, String direction, String category, String country,
            int people) {
        for (int person = 0; person < people; person++) {
            Map<String, Object> draft = new LinkedHashMap<>();
            draft.put("direction", direction);
            draft.put("category", category);
            if ("student".equals(category)) {
                draft.put("iscedLevel", 7);
            }
            draft.put("country", country);
            draft.put("startDate", "2024-09-01");
            draft.put("endDate", "2025-01-31");
            draft.put("funding", "institutional");
            draft.put("person", Map.of("familyName", "Person" + UUID.randomUUID().toString().substring(0, 8),
                    "nationality", "student".equals(category) && "inbound".equals(direction) ? country : "CN"));
            ApiClient.Response created = api.post("/api/v1/mobility", draft);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }
}
