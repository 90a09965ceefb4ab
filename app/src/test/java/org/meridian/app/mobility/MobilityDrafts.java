package org.meridian.app.mobility;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for the mobility API: a valid mobility to start from, changed field by field by each test. */
final class MobilityDrafts {

    private MobilityDrafts() {
    }

    /** An outbound master's student to Germany for the winter semester 2024/2025 on a CSC scholarship. */
    static Map<String, Object> outboundStudent(String familyName, String identifier) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("direction", "outbound");
        draft.put("category", "student");
        draft.put("iscedLevel", 7);
        draft.put("country", "DE");
        draft.put("iscedField", "0613");
        draft.put("startDate", "2024-09-01");
        draft.put("endDate", "2025-01-31");
        draft.put("programme", "Semester exchange in computer science");
        draft.put("funding", "government-scholarship");
        draft.put("fundingBody", "China Scholarship Council");
        draft.put("person", person(familyName, "Wei", identifier));
        return draft;
    }

    /** An inbound visiting scholar from Japan. */
    static Map<String, Object> inboundScholar(String familyName, String startDate, String endDate) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("direction", "inbound");
        draft.put("category", "visiting-scholar");
        draft.put("country", "JP");
        draft.put("iscedField", "0533");
        draft.put("startDate", startDate);
        draft.put("endDate", endDate);
        draft.put("programme", "Visiting research in physics");
        draft.put("funding", "partner-funded");
        draft.put("person", person(familyName, "Haruki", null));
        return draft;
    }

    static Map<String, Object> person(String familyName, String givenName, String identifier) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("familyName", familyName);
        person.put("givenName", givenName);
        person.put("gender", "female");
        person.put("nationality", "CN");
        person.put("birthDate", "2001-04-12");
        person.put("email", familyName.toLowerCase() + "@example.edu.cn");
        person.put("personIdentifier", identifier);
        return person;
    }

    static Map<String, Object> with(Map<String, Object> draft, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(draft);
        changed.put(field, value);
        return changed;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withPerson(Map<String, Object> draft, String field, Object value) {
        Map<String, Object> person = new LinkedHashMap<>((Map<String, Object>) draft.get("person"));
        person.put(field, value);
        return with(draft, "person", person);
    }
}
