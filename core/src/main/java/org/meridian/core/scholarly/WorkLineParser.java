package org.meridian.core.scholarly;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one JSON Lines record of an OpenAlex work into a {@link Work}, reading only the kept fields and
 * skipping the rest. Works of the 2022 schema (no {@code topics}, no authorship {@code countries}) read with
 * no primary topic and countries taken from the institutions. One parser per thread: it reuses its buffers
 * and remembers institutions, topics and short strings by their bytes.
 */
final class WorkLineParser {

    private static final int ID = 0;
    private static final int PUBLICATION_YEAR = 1;
    private static final int TYPE = 2;
    private static final int CITED_BY_COUNT = 3;
    private static final int PRIMARY_TOPIC = 4;
    private static final int TOPICS = 5;
    private static final int AUTHORSHIPS = 6;
    private static final int REFERENCED_WORKS = 7;
    private static final int UPDATED_DATE = 8;

    /** The kept fields first (codes above), then every other field of the current and the 2022 schema. */
    private static final KeyTable WORK_KEYS = new KeyTable("id", "publication_year", "type", "cited_by_count",
            "primary_topic", "topics", "authorships", "referenced_works", "updated_date",
            "doi", "title", "display_name", "relevance_score", "publication_date", "ids", "language",
            "primary_location", "indexed_in", "open_access", "institutions", "countries_distinct_count",
            "institutions_distinct_count", "corresponding_author_ids", "corresponding_institution_ids", "apc_list",
            "apc_paid", "fwci", "has_fulltext", "fulltext_origin", "citation_normalized_percentile",
            "cited_by_percentile_year", "biblio", "is_retracted", "is_paratext", "is_xpac", "keywords", "concepts",
            "mesh", "locations_count", "locations", "best_oa_location", "sustainable_development_goals", "awards",
            "funders", "grants", "datasets", "versions", "has_content", "content_urls", "referenced_works_count",
            "related_works", "abstract_inverted_index", "abstract_inverted_index_v3", "counts_by_year",
            "created_date", "cited_by_api_url", "type_crossref", "institution_assertions", "citation", "page",
            "host_venue", "alternate_host_venues", "ngrams_url", "is_authors_truncated", "primary_topic_id",
            "has_abstract", "is_oa", "language_id");

    private static final KeyTable AUTHORSHIP_KEYS = new KeyTable("author", "institutions", "countries",
            "is_corresponding");
    private static final KeyTable ID_AND_NAME_KEYS = new KeyTable("id", "display_name");
    private static final KeyTable INSTITUTION_KEYS = new KeyTable("id", "display_name", "ror", "country_code",
            "type");
    private static final KeyTable TOPIC_KEYS = new KeyTable("id", "display_name", "score", "subfield", "field",
            "domain");

    private final JsonScanner scanner = new JsonScanner();
    private final ByteKeyedCache<String> shortStrings = new ByteKeyedCache<>(1 << 16);
    private final ByteKeyedCache<Affiliation> institutions = new ByteKeyedCache<>(1 << 20);
    private final ByteKeyedCache<TopicTaxon> taxa = new ByteKeyedCache<>(1 << 16);
    private final List<TopicTaxon> newTaxa = new ArrayList<>();
    private long[] references = new long[64];
    private int referenceCount;
    private final List<Topic> topics = new ArrayList<>();
    private final List<Authorship> authorships = new ArrayList<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();

    private ProblemTally problems;
    private String file;
    private long line;

    /** Problems found while parsing go to this tally, located by file and line. */
    void reportTo(ProblemTally problems, String file) {
        this.problems = problems;
        this.file = file;
    }

    /** Index of the byte where the last parse stopped: the record's line feed after a success. */
    int position() {
        return scanner.position;
    }

    /** Topics met for the first time since the last call. */
    List<TopicTaxon> drainNewTaxa() {
        List<TopicTaxon> drained = List.copyOf(newTaxa);
        newTaxa.clear();
        return drained;
    }

    /**
     * Parses the record starting at {@code from}; on return the scanner stands on the record's line feed.
     *
     * @return the work, or null when it has no id (reported as {@link ProblemKind#MISSING_ID})
     * @throws JsonScanner.MalformedJson when the line is not one JSON object
     */
    Work parse(byte[] bytes, int from, long lineNumber, String partitionDate) {
        JsonScanner s = scanner;
        s.reset(bytes, from);
        line = lineNumber;
        String id = null;
        int year = 0;
        String type = null;
        int citedByCount = 0;
        Topic primaryTopic = null;
        String updatedDate = null;
        referenceCount = 0;
        topics.clear();
        authorships.clear();
        s.expect('{');
        if (s.peek() == '}') {
            s.position++;
        } else {
            do {
                s.key();
                int code = WORK_KEYS.code(s);
                switch (code) {
                    case ID -> id = stringValue(true, "id");
                    case PUBLICATION_YEAR -> year = (int) numberValue("publication_year");
                    case TYPE -> type = internedValue("type");
                    case CITED_BY_COUNT -> citedByCount = (int) numberValue("cited_by_count");
                    case PRIMARY_TOPIC -> primaryTopic = topic();
                    case TOPICS -> topicList();
                    case AUTHORSHIPS -> authorshipList();
                    case REFERENCED_WORKS -> referenceList();
                    case UPDATED_DATE -> updatedDate = stringValue(false, "updated_date");
                    case KeyTable.UNKNOWN -> {
                        problems.report(ProblemKind.UNKNOWN_FIELD, file, line, s.text());
                        s.skipValue();
                    }
                    default -> s.skipValue();
                }
            } while (s.more('}'));
        }
        if (s.peek() != '\n') {
            throw s.fail("text after the object");
        }
        if (id == null) {
            problems.report(ProblemKind.MISSING_ID, file, line, "no id");
            return null;
        }
        return new Work(id, Math.max(0, year), type, Math.max(0, citedByCount), primaryTopic, topics, authorships,
                WorkIds.copyOf(references, referenceCount), updatedDate != null ? updatedDate : partitionDate);
    }

    private String stringValue(boolean shortId, String field) {
        JsonScanner s = scanner;
        if (s.peek() != '"') {
            wrongType(field);
            return null;
        }
        s.string();
        return shortId ? s.shortId() : s.text();
    }

    private String internedValue(String field) {
        JsonScanner s = scanner;
        if (s.peek() != '"') {
            wrongType(field);
            return null;
        }
        s.string();
        return interned();
    }

    private String interned() {
        JsonScanner s = scanner;
        if (s.escaped) {
            return s.text();
        }
        int hash = ByteKeyedCache.hash(s.bytes, s.start, s.end);
        String value = shortStrings.get(s.bytes, s.start, s.end, hash, s.start, s.end);
        if (value == null) {
            value = s.text();
            shortStrings.put(s.bytes, s.start, s.end, hash, s.start, s.end, value);
        }
        return value;
    }

    private long numberValue(String field) {
        JsonScanner s = scanner;
        if (s.atNumber()) {
            return s.longValue();
        }
        wrongType(field);
        return 0;
    }

    /** Anything but null where a value of another type belongs: reported, skipped, read as missing. */
    private void wrongType(String field) {
        if (!scanner.nullValue()) {
            scanner.skipValue();
            problems.report(ProblemKind.WRONG_TYPE, file, line, field);
        }
    }

    private boolean beginArray(String field) {
        JsonScanner s = scanner;
        if (s.peek() != '[') {
            wrongType(field);
            return false;
        }
        s.position++;
        if (s.peek() == ']') {
            s.position++;
            return false;
        }
        return true;
    }

    private boolean beginObject(String field) {
        JsonScanner s = scanner;
        if (s.peek() != '{') {
            wrongType(field);
            return false;
        }
        s.position++;
        if (s.peek() == '}') {
            s.position++;
            return false;
        }
        return true;
    }

    private void referenceList() {
        JsonScanner s = scanner;
        if (beginArray("referenced_works")) {
            do {
                if (s.peek() != '"') {
                    wrongType("referenced_works");
                    continue;
                }
                s.string();
                long number = s.escaped ? workNumber(s.shortId()) : s.workNumber();
                if (number < 0) {
                    problems.report(ProblemKind.WRONG_TYPE, file, line, "referenced_works");
                } else {
                    if (referenceCount == references.length) {
                        references = java.util.Arrays.copyOf(references, 2 * referenceCount);
                    }
                    references[referenceCount++] = number;
                }
            } while (s.more(']'));
        }
    }

    /** The number of an OpenAlex work id (W and one to eighteen digits), or -1 for anything else. */
    static long workNumber(String id) {
        return isWorkId(id) ? Long.parseLong(id, 1, id.length(), 10) : -1;
    }

    /** An OpenAlex work id: W and one to eighteen digits (so that the store can keep it as a number). */
    static boolean isWorkId(String id) {
        int length = id.length();
        if (length < 2 || length > 19 || id.charAt(0) != 'W') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private void topicList() {
        if (beginArray("topics")) {
            do {
                Topic topic = topic();
                if (topic != null) {
                    topics.add(topic);
                }
            } while (scanner.more(']'));
        }
    }

    private Topic topic() {
        JsonScanner s = scanner;
        if (!beginObject("topic")) {
            return null;
        }
        TopicTaxon known = null;
        String id = null;
        String name = null;
        double score = Double.NaN;
        String[] subfield = null;
        String[] field = null;
        String[] domain = null;
        do {
            s.key();
            int code = TOPIC_KEYS.code(s);
            if (code == 0 && s.peek() == '"') {
                s.string();
                int idFrom = s.shortIdStart();
                int hash = ByteKeyedCache.hash(s.bytes, idFrom, s.end);
                known = taxa.get(s.bytes, idFrom, s.end, hash, idFrom, s.end);
                id = s.shortId();
            } else if (code == 2) {
                score = s.atNumber() ? s.doubleValue() : Double.NaN;
                if (Double.isNaN(score)) {
                    wrongType("topic score");
                }
            } else if (known != null || code < 0) {
                s.skipValue();
            } else if (code == 1) {
                name = stringValue(false, "topic display_name");
            } else if (code >= 3) {
                String[] level = idAndName();
                if (code == 3) {
                    subfield = level;
                } else if (code == 4) {
                    field = level;
                } else {
                    domain = level;
                }
            } else {
                s.skipValue();
            }
        } while (s.more('}'));
        if (id == null) {
            return null;
        }
        if (known == null) {
            known = new TopicTaxon(id, name, part(subfield, 0), part(subfield, 1), part(field, 0), part(field, 1),
                    part(domain, 0), part(domain, 1));
            byte[] idBytes = id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            taxa.put(idBytes, 0, idBytes.length, ByteKeyedCache.hash(idBytes, 0, idBytes.length), 0, idBytes.length,
                    known);
            newTaxa.add(known);
        }
        return known.withScore(score);
    }

    private static String part(String[] level, int index) {
        return level == null ? null : level[index];
    }

    /** An object with {@code id} (shortened) and {@code display_name}, as {id, name}; null values allowed. */
    private String[] idAndName() {
        JsonScanner s = scanner;
        String id = null;
        String name = null;
        if (beginObject("object")) {
            do {
                s.key();
                int code = ID_AND_NAME_KEYS.code(s);
                if (code == 0) {
                    id = stringValue(true, "id");
                } else if (code == 1) {
                    name = stringValue(false, "display_name");
                } else {
                    s.skipValue();
                }
            } while (s.more('}'));
        }
        return new String[] { id, name };
    }

    private void authorshipList() {
        if (beginArray("authorships")) {
            do {
                Authorship authorship = authorship();
                if (authorship != null) {
                    authorships.add(authorship);
                }
            } while (scanner.more(']'));
        }
    }

    private Authorship authorship() {
        JsonScanner s = scanner;
        if (!beginObject("authorship")) {
            return null;
        }
        String authorId = null;
        String authorName = null;
        boolean corresponding = false;
        boolean countriesGiven = false;
        affiliations.clear();
        countries.clear();
        do {
            s.key();
            switch (AUTHORSHIP_KEYS.code(s)) {
                case 0 -> {
                    String[] author = idAndName();
                    authorId = author[0];
                    authorName = author[1];
                }
                case 1 -> institutionList();
                case 2 -> countriesGiven = countryList();
                case 3 -> corresponding = s.peek() == 't' || s.peek() == 'f' ? s.booleanValue() : wrongFlag();
                default -> s.skipValue();
            }
        } while (s.more('}'));
        if (!countriesGiven) {
            for (Affiliation affiliation : affiliations) {
                String code = affiliation.countryCode();
                if (code != null && !countries.contains(code)) {
                    countries.add(code);
                }
            }
        }
        return new Authorship(authorId, authorName, affiliations, countries, corresponding);
    }

    private boolean wrongFlag() {
        wrongType("is_corresponding");
        return false;
    }

    private boolean countryList() {
        JsonScanner s = scanner;
        if (s.peek() != '[') {
            wrongType("countries");
            return false;
        }
        if (beginArray("countries")) {
            do {
                if (s.peek() == '"') {
                    s.string();
                    countries.add(interned());
                } else {
                    wrongType("countries");
                }
            } while (s.more(']'));
        }
        return true;
    }

    private void institutionList() {
        if (beginArray("institutions")) {
            do {
                Affiliation affiliation = institution();
                if (affiliation != null) {
                    affiliations.add(affiliation);
                }
            } while (scanner.more(']'));
        }
    }

    private static final byte[] ID_FIRST = "{\"id\":".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /**
     * An institution object. OpenAlex writes its id first, so the id is looked up before anything else is
     * read: an object equal byte for byte to one seen before is skipped whole and its affiliation reused.
     */
    private Affiliation institution() {
        JsonScanner s = scanner;
        if (s.peek() != '{') {
            wrongType("institution");
            return null;
        }
        int objectFrom = s.position;
        if (s.skipIfEqual(ID_FIRST) && s.peek() == '"') {
            s.string();
            if (!s.escaped) {
                int idFrom = s.shortIdStart();
                int slot = institutions.find(s.bytes, idFrom, s.end, ByteKeyedCache.hash(s.bytes, idFrom, s.end));
                s.position = objectFrom;
                if (slot >= 0 && s.skipIfEqual(institutions.source(slot))) {
                    return institutions.value(slot);
                }
            }
        }
        s.position = objectFrom + 1;
        int idFrom = -1;
        int idTo = -1;
        String id = null;
        String ror = null;
        String country = null;
        String type = null;
        String name = null;
        if (s.peek() != '}') {
            do {
                s.key();
                switch (INSTITUTION_KEYS.code(s)) {
                    case 0 -> {
                        id = stringValue(true, "institution id");
                        if (id != null && !s.escaped) {
                            idFrom = s.shortIdStart();
                            idTo = s.end;
                        }
                    }
                    case 1 -> name = stringValue(false, "institution display_name");
                    case 2 -> ror = stringValue(false, "ror");
                    case 3 -> country = internedValue("country_code");
                    case 4 -> type = internedValue("institution type");
                    default -> s.skipValue();
                }
            } while (s.more('}'));
        } else {
            s.position++;
        }
        Affiliation affiliation = new Affiliation(id, ror, country, type, name);
        if (idFrom >= 0) {
            institutions.put(s.bytes, idFrom, idTo, ByteKeyedCache.hash(s.bytes, idFrom, idTo), objectFrom, s.position,
                    affiliation);
        }
        return affiliation;
    }
}
