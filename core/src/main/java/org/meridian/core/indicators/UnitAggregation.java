package org.meridian.core.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One query made ready to run unit by unit: the filters (period, types), the field of each work, the world's
 * sizes for the activity index, and how to turn one unit's sums into rows. A cell is a field and a year slot
 * (one slot for a period, one per year for a trend); the cells after the fields total all fields per slot.
 * Shared by threads; each thread brings its own {@link CellTotals} and {@link StabilityBootstrap}.
 */
final class UnitAggregation {

    private static final int RECORD = 4;

    final IndicatorQuery query;
    final WorkTable table;
    final Units units;
    final CitationBaseline baseline;
    final boolean full;
    final int slots;
    final int fieldCount;
    final int cellCount;
    private final int[] fieldOfTopic;
    private final long[] workRecord;
    private final int collabMask;
    private final int intCollabMask;
    private final String[] fieldIds;
    private final String[] fieldNames;
    private final double[] worldSize;

    UnitAggregation(IndicatorQuery query, WorkTable table, boolean trend) {
        this.query = query;
        this.table = table;
        this.units = Units.resolve(query, table);
        this.baseline = table.baseline(query.types());
        this.full = query.counting() == Counting.FULL;
        this.slots = trend ? query.to() - query.from() + 1 : 1;
        FieldLevel level = query.fieldLevel();
        this.fieldCount = table.taxonomy.fieldCount(level);
        this.cellCount = (fieldCount + 1) * slots;
        this.fieldOfTopic = table.taxonomy.fieldOfTopic(level);
        this.collabMask = query.hkMoSeparate() ? WorkTable.COLLAB_SEPARATE : WorkTable.COLLAB_MERGED;
        this.intCollabMask = query.hkMoSeparate() ? WorkTable.INT_COLLAB_SEPARATE : WorkTable.INT_COLLAB_MERGED;
        this.fieldIds = new String[fieldCount];
        this.fieldNames = new String[fieldCount];
        for (int field = 0; field < fieldCount; field++) {
            fieldIds[field] = table.taxonomy.fieldId(level, field);
            String given = query.names().fields().get(fieldIds[field]);
            String found = level == FieldLevel.ALL ? FieldLevel.ALL_FIELDS_NAME
                    : table.taxonomy.foundName(level, field);
            fieldNames[field] = given != null ? given : found != null ? found : "";
        }
        this.workRecord = workRecords(this);
        CellTotals world = new CellTotals(cellCount);
        accumulate(table.worldPostings(), 0, world);
        this.worldSize = world.p.clone();
    }

    /**
     * Each work's cell and values for this query, four longs per work so that reading a posting's work costs
     * one cache line: the cell (or -1 when the period or the types leave the work out) with the work's flags
     * in bits 32 to 39, the citation count, and the bits of its NCS and top-10% share.
     */
    private static long[] workRecords(UnitAggregation aggregation) {
        WorkTable table = aggregation.table;
        CitationBaseline baseline = aggregation.baseline;
        IndicatorQuery query = aggregation.query;
        long[] records = new long[RECORD * table.workCount()];
        for (int w = 0; w < table.workCount(); w++) {
            int year = table.year[w];
            int at = RECORD * w;
            if (year < query.from() || year > query.to() || !baseline.selectedType[table.type[w]]) {
                records[at] = -1;
                continue;
            }
            int slot = aggregation.slots == 1 ? 0 : year - query.from();
            long cell = (long) aggregation.fieldOfTopic[table.topic[w]] * aggregation.slots + slot;
            records[at] = cell | (long) (table.flags[w] & 0xFF) << 32;
            records[at + 1] = table.citations[w];
            records[at + 2] = Double.doubleToRawLongBits(baseline.ncs[w]);
            records[at + 3] = Double.doubleToRawLongBits(baseline.topShare[w]);
        }
        return records;
    }

    /** The cell of a work, or -1 when the period or the types leave it out. */
    int cellOf(int work) {
        long meta = workRecord[RECORD * work];
        return meta < 0 ? -1 : (int) meta;
    }

    double weight(Postings postings, int posting) {
        return full ? 1.0 : postings.weight[posting];
    }

    boolean isCollab(int work) {
        return ((workRecord[RECORD * work] >>> 32) & collabMask) != 0;
    }

    boolean isIntCollab(int work) {
        return ((workRecord[RECORD * work] >>> 32) & intCollabMask) != 0;
    }

    boolean isIndustry(int work) {
        return ((workRecord[RECORD * work] >>> 32) & WorkTable.INDUSTRY) != 0;
    }

    long citations(int work) {
        return workRecord[RECORD * work + 1];
    }

    double ncs(int work) {
        return Double.longBitsToDouble(workRecord[RECORD * work + 2]);
    }

    double topShare(int work) {
        return Double.longBitsToDouble(workRecord[RECORD * work + 3]);
    }

    void accumulate(Postings postings, int unit, CellTotals totals) {
        long[] records = workRecord;
        int allFields = fieldCount * slots;
        for (int k = postings.start[unit]; k < postings.start[unit + 1]; k++) {
            int at = RECORD * postings.work[k];
            long meta = records[at];
            if (meta < 0) {
                continue;
            }
            int cell = (int) meta;
            int flag = (int) (meta >>> 32);
            double weight = full ? 1.0 : postings.weight[k];
            totals.add(cell, weight, (flag & collabMask) != 0, (flag & intCollabMask) != 0,
                    (flag & WorkTable.INDUSTRY) != 0, records[at + 1], Double.longBitsToDouble(records[at + 2]),
                    Double.longBitsToDouble(records[at + 3]), postings.corresponding[k]);
            totals.addSize(allFields + cell % slots, weight);
        }
    }

    /** The rows of one unit, one per field and slot with p > 0; leaves {@code totals} cleared. */
    List<IndicatorRow> rowsOf(int unit, CellTotals totals, StabilityBootstrap bootstrap) {
        accumulate(units.postings, unit, totals);
        int[] cells = totals.touchedCells();
        if (bootstrap != null) {
            bootstrap.collect(this, unit, cells, totals);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        int allFields = fieldCount * slots;
        for (int cell : cells) {
            if (cell < allFields && totals.p[cell] > 0) {
                rows.add(row(unit, cell, totals, bootstrap));
            }
        }
        totals.clear();
        return rows;
    }

    private IndicatorRow row(int unit, int cell, CellTotals totals, StabilityBootstrap bootstrap) {
        int field = cell / slots;
        int slot = cell % slots;
        int allCell = fieldCount * slots + slot;
        int periodFrom = slots == 1 ? query.from() : query.from() + slot;
        int periodTo = slots == 1 ? query.to() : periodFrom;
        double p = totals.p[cell];
        OptionalDouble led = totals.intCollabWorks[cell] == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) totals.ledWorks[cell] / totals.intCollabWorks[cell]);
        double activityIndex = (p / totals.p[allCell]) / (worldSize[cell] / worldSize[allCell]);
        String unitId = units.id(unit);
        Optional<StabilityIntervals> intervals = bootstrap == null ? Optional.empty()
                : Optional.of(bootstrap.intervals(this, cell, unitId, fieldIds[field], periodFrom, periodTo));
        return new IndicatorRow(query.unitType(), unitId, units.name(unit), query.fieldLevel(), fieldIds[field],
                fieldNames[field], periodFrom, periodTo, query.counting(), p, totals.pCollab[cell],
                totals.pCollab[cell] / p, totals.pIntCollab[cell], totals.pIntCollab[cell] / p,
                totals.pIndustry[cell], totals.pIndustry[cell] / p, totals.tcs[cell], totals.tcs[cell] / p,
                totals.tncs[cell], totals.tncs[cell] / p, totals.pTop10[cell], totals.pTop10[cell] / p, led,
                activityIndex, intervals);
    }
}
