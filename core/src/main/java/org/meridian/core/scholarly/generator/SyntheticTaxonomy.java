package org.meridian.core.scholarly.generator;

import java.util.ArrayList;
import java.util.List;

import org.meridian.core.scholarly.TopicTaxon;

/**
 * OpenAlex's 4 domains and 26 fields with their real ids and names, each field with six synthetic subfields
 * ({@code field * 100 + k}) of eight synthetic topics ({@code T1xxxx}).
 */
public final class SyntheticTaxonomy {

    static final int SUBFIELDS_PER_FIELD = 6;
    static final int TOPICS_PER_SUBFIELD = 8;

    private static final String[] DOMAINS = { "Life Sciences", "Social Sciences", "Physical Sciences", "Health Sciences" };
    /** Field id, name and domain id, as in OpenAlex. */
    private static final Object[][] FIELDS = {
            { 11, "Agricultural and Biological Sciences", 1 }, { 12, "Arts and Humanities", 2 },
            { 13, "Biochemistry, Genetics and Molecular Biology", 1 }, { 14, "Business, Management and Accounting", 2 },
            { 15, "Chemical Engineering", 3 }, { 16, "Chemistry", 3 }, { 17, "Computer Science", 3 },
            { 18, "Decision Sciences", 2 }, { 19, "Earth and Planetary Sciences", 3 },
            { 20, "Economics, Econometrics and Finance", 2 }, { 21, "Energy", 3 }, { 22, "Engineering", 3 },
            { 23, "Environmental Science", 3 }, { 24, "Immunology and Microbiology", 1 }, { 25, "Materials Science", 3 },
            { 26, "Mathematics", 3 }, { 27, "Medicine", 4 }, { 28, "Neuroscience", 1 }, { 29, "Nursing", 4 },
            { 30, "Pharmacology, Toxicology and Pharmaceutics", 1 }, { 31, "Physics and Astronomy", 3 },
            { 32, "Psychology", 2 }, { 33, "Social Sciences", 2 }, { 34, "Veterinary", 4 }, { 35, "Dentistry", 4 },
            { 36, "Health Professions", 4 } };

    private final List<TopicTaxon> topics;

    SyntheticTaxonomy() {
        List<TopicTaxon> all = new ArrayList<>();
        int topicNumber = 10_000;
        for (Object[] field : FIELDS) {
            int fieldId = (Integer) field[0];
            String fieldName = (String) field[1];
            int domainId = (Integer) field[2];
            for (int k = 1; k <= SUBFIELDS_PER_FIELD; k++) {
                String subfieldId = String.valueOf(fieldId * 100 + k);
                for (int t = 1; t <= TOPICS_PER_SUBFIELD; t++) {
                    topicNumber++;
                    all.add(new TopicTaxon("T" + topicNumber, fieldName + " topic " + k + "." + t, subfieldId,
                            fieldName + " " + k, String.valueOf(fieldId), fieldName, String.valueOf(domainId),
                            DOMAINS[domainId - 1]));
                }
            }
        }
        this.topics = List.copyOf(all);
    }

    public static int fieldCount() {
        return FIELDS.length;
    }

    public List<TopicTaxon> topics() {
        return topics;
    }

    /** The topic number {@code t} of subfield {@code s} of field index {@code f} (all zero-based). */
    TopicTaxon topic(int fieldIndex, int subfield, int topic) {
        return topics.get((fieldIndex * SUBFIELDS_PER_FIELD + subfield) * TOPICS_PER_SUBFIELD + topic);
    }

    static int domainOf(int fieldIndex) {
        return (Integer) FIELDS[fieldIndex][2];
    }
}
