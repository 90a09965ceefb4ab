package org.meridian.app.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.ApiClient;
import org.meridian.app.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/** Partners and agreements made through the API, as a client would make them. */
public final class RecordFixtures {

    private RecordFixtures() {
    }

    public static long partner(ApiClient api, String name, String country) {
        Response response = api.post("/api/v1/partners", Map.of("kind", "institution", "name", name,
                "country", country));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** A valid draft student exchange with the given partners, changed by {@code more} (key, value, ...). */
    public static Map<String, Object> agreementWith(List<Long> partnerIds, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Student exchange");
        body.put("type", "student-exchange");
        List<Map<String, Object>> parties = new ArrayList<>();
        for (Long id : partnerIds) {
            parties.add(Map.of("partnerId", id));
        }
        body.put("parties", parties);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    public static JsonNode agreement(ApiClient api, Map<String, Object> body) {
        Response response = api.post("/api/v1/agreements", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** An active agreement with one new partner, from {@code start} to {@code end}. */
    public static JsonNode activeAgreement(ApiClient api, String title, LocalDate start, LocalDate end) {
        long partner = partner(api, title + " partner", "DE");
        return agreement(api, agreementWith(List.of(partner), "title", title, "status", "active",
                "startDate", start.toString(), "endDate", end.toString()));
    }
}
