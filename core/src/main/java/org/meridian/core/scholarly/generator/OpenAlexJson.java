package org.meridian.core.scholarly.generator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Topic;
import org.meridian.core.scholarly.TopicTaxon;
import org.meridian.core.scholarly.Work;

/**
 * Writes a {@link Work} as one line of an OpenAlex works snapshot: the kept fields as OpenAlex spells them,
 * surrounded by the fields a reader skips (title, locations, concepts, keywords, abstract index, yearly
 * counts, related works), filled from a seeded {@link Random} so that a line is about 4 KB as in real data.
 */
public final class OpenAlexJson {

    private static final String OPENALEX = "https://openalex.org/";
    private static final String[] WORDS = ("analysis model data network learning system effect study method results "
            + "evidence policy cooperation international university research education climate energy health "
            + "cell protein signal structure material surface temperature pressure growth market trade finance risk "
            + "social cultural regional urban rural water soil carbon emission quantum optical theory algorithm "
            + "graph robust efficient novel framework approach performance evaluation design control dynamic "
            + "stability transport diffusion response patient clinical treatment outcome survey sample population")
            .split(" ");

    private final Map<String, TopicTaxon> taxa;

    /** {@code taxa}: the names of subfields, fields and domains by topic id (missing ones are written null). */
    public OpenAlexJson(Map<String, TopicTaxon> taxa) {
        this.taxa = taxa;
    }

    public byte[] line(Work work, String updatedDate, Random filler) {
        StringBuilder j = new StringBuilder(6000);
        String title = words(filler, 6 + filler.nextInt(10));
        String doi = "https://doi.org/10.5555/" + work.id().toLowerCase();
        j.append("{\"id\":\"").append(OPENALEX).append(work.id()).append("\",\"doi\":\"").append(doi).append('"');
        j.append(",\"title\":").append(quoted(title)).append(",\"display_name\":").append(quoted(title));
        j.append(",\"publication_year\":").append(work.hasPublicationYear() ? String.valueOf(work.publicationYear()) : "null");
        j.append(",\"publication_date\":").append(work.hasPublicationYear()
                ? "\"" + work.publicationYear() + "-0" + (1 + filler.nextInt(9)) + "-1" + filler.nextInt(10) + "\"" : "null");
        j.append(",\"ids\":{\"openalex\":\"").append(OPENALEX).append(work.id()).append("\",\"doi\":\"").append(doi).append("\"}");
        j.append(",\"language\":\"en\"");
        String location = location(filler, doi);
        j.append(",\"primary_location\":").append(location);
        j.append(",\"type\":").append(quoted(work.type()));
        j.append(",\"indexed_in\":[\"crossref\"],\"open_access\":{\"is_oa\":false,\"oa_status\":\"closed\",\"oa_url\":null,"
                + "\"any_repository_has_fulltext\":false}");
        j.append(",\"authorships\":[");
        for (int a = 0; a < work.authorships().size(); a++) {
            authorship(j, work.authorships().get(a), a, work.authorships().size());
        }
        j.append("],\"fwci\":").append(Math.round(filler.nextDouble() * 3000) / 1000.0);
        j.append(",\"has_fulltext\":false,\"cited_by_count\":").append(work.citedByCount());
        j.append(",\"citation_normalized_percentile\":{\"value\":").append(Math.round(filler.nextDouble() * 1000) / 1000.0)
                .append(",\"is_in_top_1_percent\":false,\"is_in_top_10_percent\":false}");
        j.append(",\"biblio\":{\"volume\":\"").append(1 + filler.nextInt(60)).append("\",\"issue\":\"").append(1 + filler.nextInt(12))
                .append("\",\"first_page\":\"").append(1 + filler.nextInt(900)).append("\",\"last_page\":null}");
        j.append(",\"is_retracted\":false,\"is_paratext\":false");
        j.append(",\"primary_topic\":");
        topic(j, work.primaryTopic());
        j.append(",\"topics\":[");
        for (int t = 0; t < work.topics().size(); t++) {
            j.append(t > 0 ? "," : "");
            topic(j, work.topics().get(t));
        }
        j.append("],\"keywords\":[");
        for (int k = 0; k < 3; k++) {
            String word = WORDS[filler.nextInt(WORDS.length)];
            j.append(k > 0 ? "," : "").append("{\"id\":\"https://openalex.org/keywords/").append(word)
                    .append("\",\"display_name\":\"").append(word).append("\",\"score\":").append(filler.nextInt(1000) / 1000.0).append('}');
        }
        j.append("],\"concepts\":[");
        for (int c = 0; c < 4; c++) {
            int concept = filler.nextInt(90_000);
            j.append(c > 0 ? "," : "").append("{\"id\":\"https://openalex.org/C").append(concept)
                    .append("\",\"wikidata\":\"https://www.wikidata.org/wiki/Q").append(concept * 7)
                    .append("\",\"display_name\":").append(quoted(words(filler, 2))).append(",\"level\":").append(c)
                    .append(",\"score\":").append(filler.nextInt(1000) / 1000.0).append('}');
        }
        j.append("],\"mesh\":[],\"locations_count\":1,\"locations\":[").append(location).append("],\"best_oa_location\":null");
        j.append(",\"sustainable_development_goals\":[],\"grants\":[]");
        j.append(",\"referenced_works_count\":").append(work.referencedWorks().size()).append(",\"referenced_works\":[");
        idList(j, work.referencedWorks());
        j.append("],\"related_works\":[");
        for (int r = 0; r < 10; r++) {
            j.append(r > 0 ? "," : "").append('"').append(OPENALEX).append('W').append(2_000_000_000L + filler.nextInt(1_000_000_000)).append('"');
        }
        j.append("],\"abstract_inverted_index\":");
        abstractIndex(j, filler);
        j.append(",\"counts_by_year\":[");
        int years = work.hasPublicationYear() ? Math.min(5, Math.max(0, 2025 - work.publicationYear())) : 0;
        for (int y = 0; y < years; y++) {
            j.append(y > 0 ? "," : "").append("{\"year\":").append(2025 - y).append(",\"cited_by_count\":")
                    .append(work.citedByCount() / (y + 2)).append('}');
        }
        j.append("],\"updated_date\":\"").append(updatedDate).append("T00:00:00.000000\",\"created_date\":\"")
                .append(work.hasPublicationYear() ? work.publicationYear() : 2020).append("-06-01\"}\n");
        return j.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void authorship(StringBuilder j, Authorship authorship, int position, int count) {
        j.append(position > 0 ? "," : "").append("{\"author_position\":\"")
                .append(position == 0 ? "first" : position == count - 1 ? "last" : "middle").append("\",\"author\":{\"id\":\"")
                .append(OPENALEX).append(authorship.authorId()).append("\",\"display_name\":").append(quoted(authorship.authorName()))
                .append(",\"orcid\":null},\"institutions\":[");
        List<Affiliation> institutions = authorship.institutions();
        for (int i = 0; i < institutions.size(); i++) {
            Affiliation institution = institutions.get(i);
            j.append(i > 0 ? "," : "").append("{\"id\":\"").append(OPENALEX).append(institution.id())
                    .append("\",\"display_name\":").append(quoted(institution.displayName()))
                    .append(",\"ror\":").append(quoted(institution.ror()))
                    .append(",\"country_code\":").append(quoted(institution.countryCode()))
                    .append(",\"type\":").append(quoted(institution.type()))
                    .append(",\"lineage\":[\"").append(OPENALEX).append(institution.id()).append("\"]}");
        }
        j.append("],\"countries\":[");
        for (int c = 0; c < authorship.countries().size(); c++) {
            j.append(c > 0 ? "," : "").append(quoted(authorship.countries().get(c)));
        }
        j.append("],\"is_corresponding\":").append(authorship.corresponding()).append(",\"raw_author_name\":")
                .append(quoted(authorship.authorName())).append(",\"raw_affiliation_strings\":[");
        for (int i = 0; i < institutions.size(); i++) {
            j.append(i > 0 ? "," : "").append(quoted(institutions.get(i).displayName()));
        }
        j.append("],\"affiliations\":[");
        for (int i = 0; i < institutions.size(); i++) {
            j.append(i > 0 ? "," : "").append("{\"raw_affiliation_string\":").append(quoted(institutions.get(i).displayName()))
                    .append(",\"institution_ids\":[\"").append(OPENALEX).append(institutions.get(i).id()).append("\"]}");
        }
        j.append("]}");
    }

    private void topic(StringBuilder j, Topic topic) {
        if (topic == null) {
            j.append("null");
            return;
        }
        TopicTaxon names = taxa.get(topic.id());
        j.append("{\"id\":\"").append(OPENALEX).append(topic.id()).append("\",\"display_name\":").append(quoted(topic.name()))
                .append(",\"score\":").append(topic.score())
                .append(",\"subfield\":{\"id\":\"").append(OPENALEX).append("subfields/").append(topic.subfieldId())
                .append("\",\"display_name\":").append(quoted(names == null ? null : names.subfieldName()))
                .append("},\"field\":{\"id\":\"").append(OPENALEX).append("fields/").append(topic.fieldId())
                .append("\",\"display_name\":").append(quoted(names == null ? null : names.fieldName()))
                .append("},\"domain\":{\"id\":\"").append(OPENALEX).append("domains/").append(topic.domainId())
                .append("\",\"display_name\":").append(quoted(names == null ? null : names.domainName())).append("}}");
    }

    private static String location(Random filler, String doi) {
        int source = filler.nextInt(50_000);
        return "{\"is_oa\":false,\"landing_page_url\":\"" + doi + "\",\"pdf_url\":null,\"source\":{\"id\":\"" + OPENALEX + "S"
                + (4_000_000L + source) + "\",\"display_name\":\"Journal of " + WORDS[source % WORDS.length] + " "
                + WORDS[(source / 7) % WORDS.length] + "\",\"issn_l\":\"" + (1000 + source % 9000) + "-" + (1000 + source % 8999)
                + "\",\"is_oa\":false,\"host_organization\":\"" + OPENALEX + "P" + (4_310_000_000L + source % 500)
                + "\",\"type\":\"journal\"},\"license\":null,\"version\":\"publishedVersion\"}";
    }

    private static void abstractIndex(StringBuilder j, Random filler) {
        int length = 40 + filler.nextInt(120);
        StringBuilder[] positions = new StringBuilder[WORDS.length];
        for (int p = 0; p < length; p++) {
            int word = filler.nextInt(WORDS.length);
            positions[word] = positions[word] == null ? new StringBuilder().append(p) : positions[word].append(',').append(p);
        }
        j.append('{');
        boolean first = true;
        for (int w = 0; w < WORDS.length; w++) {
            if (positions[w] != null) {
                j.append(first ? "" : ",").append('"').append(WORDS[w]).append("\":[").append(positions[w]).append(']');
                first = false;
            }
        }
        j.append('}');
    }

    private static void idList(StringBuilder j, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            j.append(i > 0 ? "," : "").append('"').append(OPENALEX).append(ids.get(i)).append('"');
        }
    }

    private static String words(Random filler, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i > 0 ? " " : "").append(WORDS[filler.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
