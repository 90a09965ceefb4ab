package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.meridian.core.scholarly.Affiliation;
import org.meridian.core.scholarly.Authorship;
import org.meridian.core.scholarly.Work;

/** Reads works one at a time into the columns and links of a {@link WorkTable}. */
final class WorkTableBuilder {

    private static final String CHINA = "CN";
    private static final String COMPANY = "company";

    private final IdIndex.Builder types = new IdIndex.Builder();
    private final IdIndex.Builder institutions = new IdIndex.Builder();
    private final IdIndex.Builder countries = new IdIndex.Builder();
    private final Taxonomy.Builder taxonomy = new Taxonomy.Builder();
    private final List<String> institutionNames = new ArrayList<>();
    private final List<String> countryIds = new ArrayList<>();
    private final Links institutionLinks = new Links();
    private final Links countryLinksMerged = new Links();
    private final Links countryLinksSeparate = new Links();
    private final UnitTally institutionTally = new UnitTally();
    private final UnitTally countryTallyMerged = new UnitTally();
    private final UnitTally countryTallySeparate = new UnitTally();
    private int[] year = new int[1024];
    private int[] type = new int[1024];
    private int[] citations = new int[1024];
    private int[] topic = new int[1024];
    private byte[] flags = new byte[1024];
    private int workCount;
    private int withoutPrimaryTopic;
    private int withoutPublicationYear;
    private int excluded;
    private int[] authorshipUnits = new int[8];
    private int[] authorshipCountriesMerged = new int[8];

    void add(Work work) {
        boolean noTopic = !work.hasPrimaryTopic();
        boolean noYear = !work.hasPublicationYear();
        if (noTopic || noYear) {
            withoutPrimaryTopic += noTopic ? 1 : 0;
            withoutPublicationYear += noYear ? 1 : 0;
            excluded++;
            return;
        }
        ensureCapacity();
        int w = workCount++;
        year[w] = work.publicationYear();
        type[w] = types.code(work.type());
        citations[w] = Math.max(0, work.citedByCount());
        topic[w] = taxonomy.code(work.primaryTopic());
        institutionTally.begin();
        countryTallyMerged.begin();
        countryTallySeparate.begin();
        int flag = 0;
        for (Authorship authorship : work.authorships()) {
            flag |= readInstitutions(authorship);
            readCountries(authorship);
            flag |= authorship.corresponding() ? WorkTable.CORRESPONDING : 0;
        }
        if (institutionTally.distinct() >= 2) {
            flag |= WorkTable.COLLAB_MERGED | WorkTable.COLLAB_SEPARATE;
        }
        if (countryTallySeparate.distinct() >= 2) {
            flag |= WorkTable.COLLAB_SEPARATE | WorkTable.INT_COLLAB_SEPARATE;
        }
        if (countryTallyMerged.distinct() >= 2) {
            flag |= WorkTable.COLLAB_MERGED | WorkTable.INT_COLLAB_MERGED;
        }
        flags[w] = (byte) flag;
        int authorshipCount = work.authorships().size();
        institutionTally.flush(institutionLinks, w, authorshipCount);
        countryTallyMerged.flush(countryLinksMerged, w, authorshipCount);
        countryTallySeparate.flush(countryLinksSeparate, w, authorshipCount);
    }

    /** Credits the authorship's distinct institutions; returns the industry flag if one is a company. */
    private int readInstitutions(Authorship authorship) {
        int industry = 0;
        int distinct = 0;
        for (Affiliation affiliation : authorship.institutions()) {
            if (COMPANY.equals(affiliation.type())) {
                industry = WorkTable.INDUSTRY;
            }
            if (affiliation.id() == null || affiliation.id().isBlank()) {
                continue;
            }
            int code = institutions.code(affiliation.id());
            if (code == institutionNames.size()) {
                institutionNames.add(null);
            }
            if (institutionNames.get(code) == null && affiliation.displayName() != null) {
                institutionNames.set(code, affiliation.displayName());
            }
            distinct = addDistinct(code, distinct);
        }
        for (int i = 0; i < distinct; i++) {
            institutionTally.credit(authorshipUnits[i], 1.0 / distinct, authorship.corresponding());
        }
        return industry;
    }

    /** Credits the authorship's distinct countries, with HK and MO apart and as CN. */
    private void readCountries(Authorship authorship) {
        int distinct = 0;
        if (!authorship.countries().isEmpty()) {
            for (String country : authorship.countries()) {
                distinct = addCountry(country, distinct);
            }
        } else {
            for (Affiliation affiliation : authorship.institutions()) {
                distinct = addCountry(affiliation.countryCode(), distinct);
            }
        }
        int merged = 0;
        for (int i = 0; i < distinct; i++) {
            int code = authorshipUnits[i];
            String id = countryIdOf(code);
            int mergedCode = isChinaSar(id) ? countryCode(CHINA) : code;
            boolean seen = false;
            for (int j = 0; j < merged; j++) {
                seen |= authorshipCountriesMerged[j] == mergedCode;
            }
            if (!seen) {
                authorshipCountriesMerged[merged++] = mergedCode;
            }
        }
        for (int i = 0; i < distinct; i++) {
            countryTallySeparate.credit(authorshipUnits[i], 1.0 / distinct, authorship.corresponding());
        }
        for (int i = 0; i < merged; i++) {
            countryTallyMerged.credit(authorshipCountriesMerged[i], 1.0 / merged, authorship.corresponding());
        }
    }

    private int addCountry(String country, int distinct) {
        if (country == null || country.isBlank()) {
            return distinct;
        }
        return addDistinct(countryCode(country.trim().toUpperCase(Locale.ROOT)), distinct);
    }

    private int countryCode(String id) {
        int code = countries.code(id);
        if (code == countryIds.size()) {
            countryIds.add(id);
        }
        return code;
    }

    private String countryIdOf(int code) {
        return countryIds.get(code);
    }

    static boolean isChinaSar(String countryId) {
        return "HK".equals(countryId) || "MO".equals(countryId);
    }

    private int addDistinct(int code, int distinct) {
        for (int i = 0; i < distinct; i++) {
            if (authorshipUnits[i] == code) {
                return distinct;
            }
        }
        if (distinct == authorshipUnits.length) {
            authorshipUnits = Arrays.copyOf(authorshipUnits, distinct * 2);
            authorshipCountriesMerged = Arrays.copyOf(authorshipCountriesMerged, distinct * 2);
        }
        authorshipUnits[distinct] = code;
        return distinct + 1;
    }

    private void ensureCapacity() {
        if (workCount == year.length) {
            int capacity = workCount + (workCount >> 1);
            year = Arrays.copyOf(year, capacity);
            type = Arrays.copyOf(type, capacity);
            citations = Arrays.copyOf(citations, capacity);
            topic = Arrays.copyOf(topic, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
    }

    WorkTable build() {
        IdIndex.Finished typeIndex = types.finish();
        IdIndex.Finished institutionIndex = institutions.finish();
        IdIndex.Finished countryIndex = countries.finish();
        Taxonomy.Built built = taxonomy.build();
        int[] finalType = new int[workCount];
        int[] finalTopic = new int[workCount];
        for (int w = 0; w < workCount; w++) {
            finalType[w] = typeIndex.remap()[type[w]];
            finalTopic[w] = built.topicRemap()[topic[w]];
        }
        String[] names = new String[institutionNames.size()];
        for (int code = 0; code < names.length; code++) {
            names[institutionIndex.remap()[code]] = institutionNames.get(code);
        }
        int institutionCount = institutionIndex.index().size();
        int countryCount = countryIndex.index().size();
        WorkTable.WorkColumns columns = new WorkTable.WorkColumns(Arrays.copyOf(year, workCount), finalType,
                Arrays.copyOf(citations, workCount), finalTopic, Arrays.copyOf(flags, workCount));
        return new WorkTable(columns, typeIndex.index(), institutionIndex.index(), countryIndex.index(),
                built.taxonomy(), names,
                institutionLinks.toPostings(institutionCount, institutionIndex.remap()),
                countryLinksMerged.toPostings(countryCount, countryIndex.remap()),
                countryLinksSeparate.toPostings(countryCount, countryIndex.remap()),
                withoutPrimaryTopic, withoutPublicationYear, excluded);
    }
}
