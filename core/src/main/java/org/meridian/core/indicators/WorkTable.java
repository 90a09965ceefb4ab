package org.meridian.core.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.meridian.core.scholarly.Work;

/**
 * The works indicators are computed over, held column by column and built once: int-coded ids, one array per
 * work attribute, and for institutions and countries (with Hong Kong and Macao apart, and counted as China) the
 * works each unit appears on with its fractional weight (see {@link Counting}).
 * <p>
 * Works without a primary topic or without a publication year are left out and only counted. A work's
 * authorship countries are its {@code countries}, else the country codes of its institutions. Immutable apart
 * from a small memo of citation baselines per type selection; safe to share between threads.
 */
public final class WorkTable {

    static final int COLLAB_MERGED = 1;
    static final int COLLAB_SEPARATE = 2;
    static final int INT_COLLAB_MERGED = 4;
    static final int INT_COLLAB_SEPARATE = 8;
    static final int INDUSTRY = 16;
    static final int CORRESPONDING = 32;
    private static final int BASELINE_MEMO_SIZE = 8;

    final int[] year;
    final int[] type;
    final int[] citations;
    final int[] topic;
    final byte[] flags;
    final IdIndex types;
    final IdIndex institutions;
    final IdIndex countries;
    final Taxonomy taxonomy;
    final String[] institutionNames;
    final Postings institutionPostings;
    final Postings countryPostingsMerged;
    final Postings countryPostingsSeparate;
    final int withoutPrimaryTopic;
    final int withoutPublicationYear;
    final int excluded;
    private final Map<Set<String>, CitationBaseline> baselines = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<String>, CitationBaseline> eldest) {
            return size() > BASELINE_MEMO_SIZE;
        }
    };
    private volatile Postings worldPostings;

    WorkTable(WorkColumns columns, IdIndex types, IdIndex institutions, IdIndex countries, Taxonomy taxonomy,
            String[] institutionNames, Postings institutionPostings, Postings countryPostingsMerged,
            Postings countryPostingsSeparate, int withoutPrimaryTopic, int withoutPublicationYear, int excluded) {
        this.year = columns.year();
        this.type = columns.type();
        this.citations = columns.citations();
        this.topic = columns.topic();
        this.flags = columns.flags();
        this.types = types;
        this.institutions = institutions;
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.institutionNames = institutionNames;
        this.institutionPostings = institutionPostings;
        this.countryPostingsMerged = countryPostingsMerged;
        this.countryPostingsSeparate = countryPostingsSeparate;
        this.withoutPrimaryTopic = withoutPrimaryTopic;
        this.withoutPublicationYear = withoutPublicationYear;
        this.excluded = excluded;
    }

    /** Reads the works once; the iterable may generate them lazily, none is retained. */
    public static WorkTable of(Iterable<Work> works) {
        WorkTableBuilder builder = new WorkTableBuilder();
        for (Work work : works) {
            builder.add(work);
        }
        return builder.build();
    }

    /** Works held, i.e. with a primary topic and a publication year. */
    public int workCount() {
        return year.length;
    }

    /** Works left out for want of a primary topic (with or without a year). */
    public int withoutPrimaryTopicCount() {
        return withoutPrimaryTopic;
    }

    /** Works left out for want of a publication year (with or without a topic). */
    public int withoutPublicationYearCount() {
        return withoutPublicationYear;
    }

    /** Works left out for want of either. */
    public int excludedCount() {
        return excluded;
    }

    public int institutionCount() {
        return institutions.size();
    }

    /** The size of the columns and postings in bytes, without object headers. */
    public long estimatedBytes() {
        long perWork = 4L * 4 + 1;
        return perWork * year.length + institutionPostings.bytes() + countryPostingsMerged.bytes()
                + countryPostingsSeparate.bytes();
    }

    Postings countryPostings(boolean hkMoSeparate) {
        return hkMoSeparate ? countryPostingsSeparate : countryPostingsMerged;
    }

    /** One unit holding every work with weight 1, corresponding where any authorship is. */
    Postings worldPostings() {
        Postings world = worldPostings;
        if (world == null) {
            int count = workCount();
            int[] work = new int[count];
            double[] weight = new double[count];
            boolean[] corresponding = new boolean[count];
            for (int w = 0; w < count; w++) {
                work[w] = w;
                weight[w] = 1.0;
                corresponding[w] = (flags[w] & CORRESPONDING) != 0;
            }
            world = new Postings(new int[] {0, count}, work, weight, corresponding);
            worldPostings = world;
        }
        return world;
    }

    /** Expected citations and top-10% shares for works of the given types, computed once per selection. */
    CitationBaseline baseline(Set<String> selectedTypes) {
        Set<String> key = Set.copyOf(selectedTypes);
        synchronized (baselines) {
            return baselines.computeIfAbsent(key, k -> CitationBaseline.of(this, typeSelection(k)));
        }
    }

    boolean[] typeSelection(Set<String> selectedTypes) {
        boolean[] selected = new boolean[types.size()];
        for (String name : selectedTypes) {
            int code = types.code(name);
            if (code >= 0) {
                selected[code] = true;
            }
        }
        return selected;
    }

    /** The columns of the held works, one entry per work. */
    record WorkColumns(int[] year, int[] type, int[] citations, int[] topic, byte[] flags) {
    }
}
