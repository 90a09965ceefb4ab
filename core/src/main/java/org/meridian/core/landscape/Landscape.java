package org.meridian.core.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world's research output as the bring-in analyses need it: fractional output per (unit, field, year) at
 * a finest field level (rolled up to coarser levels on demand), works co-classified in two fields, works
 * shared by two units (ties), and example works. Immutable and safe to share between threads once built.
 * Build one with {@link #builder(FieldLevel)} from aggregates, or with {@link WorkTally} from works.
 */
public final class Landscape {

    private static final long FIELD_MASK = (1L << LandscapeBuilder.FIELD_BITS) - 1;

    private final Taxonomy taxonomy;
    private final Map<UnitType, Map<String, Integer>> unitIndex;
    private final List<Unit> units;
    private final Cells outputs;
    private final Cells pairs;
    private final Cells ties;
    private final Examples examples;
    private final YearRange years;
    private final Map<FieldLevel, int[]> finestTo = new EnumMap<>(FieldLevel.class);
    /** Per level and field, the finest-level fields under it: an example lookup visits these, not every topic. */
    private final Map<FieldLevel, int[][]> finestUnder = new EnumMap<>(FieldLevel.class);

    Landscape(Taxonomy taxonomy, Map<UnitType, Map<String, Integer>> unitIndex, List<Unit> units, Cells outputs,
            Cells pairs, Cells ties, Examples examples, YearRange years) {
        this.taxonomy = taxonomy;
        this.unitIndex = unitIndex;
        this.units = List.copyOf(units);
        this.outputs = outputs;
        this.pairs = pairs;
        this.ties = ties;
        this.examples = examples;
        this.years = years;
        for (FieldLevel level : FieldLevel.values()) {
            if (!level.isFinerThan(taxonomy.finestLevel())) {
                int[] map = taxonomy.finestToLevel(level);
                finestTo.put(level, map);
                finestUnder.put(level, under(map, taxonomy.size(level)));
            }
        }
    }

    /** A builder whose output rows are at {@code finest} and which keeps 3 example works per unit and field. */
    public static LandscapeBuilder builder(FieldLevel finest) {
        return new LandscapeBuilder(finest, 3);
    }

    public static LandscapeBuilder builder(FieldLevel finest, int examplesPerField) {
        return new LandscapeBuilder(finest, examplesPerField);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public FieldLevel finestLevel() {
        return taxonomy.finestLevel();
    }

    /** The first and last year with output; empty for an empty landscape. */
    public Optional<YearRange> years() {
        return Optional.ofNullable(years);
    }

    public Optional<Unit> unit(UnitType type, String id) {
        Integer index = unitIndex.get(type).get(id);
        return index == null ? Optional.empty() : Optional.of(units.get(index));
    }

    /** Every unit of a type, in the order first seen. */
    public List<Unit> units(UnitType type) {
        return units.stream().filter(unit -> unit.type() == type).toList();
    }

    /** The summed output of the units {@code ids} (unknown ids give nothing) in every field of {@code level}. */
    public FieldOutputs outputs(UnitType type, Collection<String> ids, FieldLevel level, YearRange period) {
        int[] toLevel = rollUp(level);
        double[] values = new double[taxonomy.size(level) * Output.MEASURES];
        for (String id : ids) {
            int unit = indexOf(type, id);
            for (int row = outputs.from(unit); row < outputs.to(unit); row++) {
                if (period.contains(outputs.year(row))) {
                    int offset = toLevel[(int) outputs.key(row)] * Output.MEASURES;
                    for (int m = 0; m < Output.MEASURES; m++) {
                        values[offset + m] += outputs.value(row, m);
                    }
                }
            }
        }
        return new FieldOutputs(level, taxonomy, values);
    }

    public FieldOutputs outputs(Home home, FieldLevel level, YearRange period) {
        return outputs(home.memberType(), home.memberIds(), level, period);
    }

    public FieldOutputs world(FieldLevel level, YearRange period) {
        return outputs(UnitType.WORLD, List.of(Unit.WORLD_ID), level, period);
    }

    /** The units' weight on works co-classified in each pair of fields of {@code level} that has any. */
    public Map<FieldPair, Double> coClassified(UnitType type, Collection<String> ids, FieldLevel level,
            YearRange period) {
        Map<FieldPair, Double> result = new HashMap<>();
        for (String id : ids) {
            int unit = indexOf(type, id);
            for (int row = pairs.from(unit); row < pairs.to(unit); row++) {
                long key = pairs.key(row);
                if (key >>> (2 * LandscapeBuilder.FIELD_BITS) == level.ordinal() && period.contains(pairs.year(row))) {
                    FieldPair pair = new FieldPair(taxonomy.id(level, (int) ((key >>> LandscapeBuilder.FIELD_BITS) & FIELD_MASK)),
                            taxonomy.id(level, (int) (key & FIELD_MASK)));
                    result.merge(pair, pairs.value(row, 0), Double::sum);
                }
            }
        }
        return result;
    }

    /** The world's works co-classified in each pair of fields of {@code level}. */
    public Map<FieldPair, Double> worldCoClassified(FieldLevel level, YearRange period) {
        return coClassified(UnitType.WORLD, List.of(Unit.WORLD_ID), level, period);
    }

    /** Works the units share with each counterpart of {@code counterpartType}, summed over the units. */
    public Map<String, Double> ties(UnitType type, Collection<String> ids, UnitType counterpartType, YearRange period) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String id : ids) {
            int unit = indexOf(type, id);
            for (int row = ties.from(unit); row < ties.to(unit); row++) {
                Unit counterpart = units.get((int) ties.key(row));
                if (counterpart.type() == counterpartType && period.contains(ties.year(row))) {
                    result.merge(counterpart.id(), ties.value(row, 0), Double::sum);
                }
            }
        }
        return result;
    }

    /** Works one unit shares with any of {@code counterpartIds}, summed over the counterparts. */
    public double tie(UnitType type, String id, UnitType counterpartType, Collection<String> counterpartIds,
            YearRange period) {
        Map<String, Double> all = ties(type, List.of(id), counterpartType, period);
        return counterpartIds.stream().mapToDouble(counterpart -> all.getOrDefault(counterpart, 0.0)).sum();
    }

    /** Up to {@code max} example works of the unit in a field of any level, most cited (by NCS) first. */
    public List<ExampleWork> examples(UnitType type, String id, FieldLevel level, String fieldId, YearRange period,
            int max) {
        int unit = indexOf(type, id);
        int field = taxonomy.indexOf(level, fieldId);
        if (unit < 0 || field < 0) {
            return List.of();
        }
        rollUp(level); // refuses a level finer than the landscape's, as every other question does
        List<ExampleWork> found = new ArrayList<>();
        for (int finest : finestUnder.get(level)[field]) {
            for (ExampleWork work : examples.get(LandscapeBuilder.exampleKey(unit, finest))) {
                if (period.contains(work.year())) {
                    found.add(work);
                }
            }
        }
        found.sort(Examples.ORDER);
        return List.copyOf(found.subList(0, Math.min(max, found.size())));
    }

    /** For each of {@code fields} fields, the finest fields that {@code finestToField} maps to it, in order. */
    private static int[][] under(int[] finestToField, int fields) {
        int[] counts = new int[fields];
        for (int field : finestToField) {
            if (field >= 0) {
                counts[field]++;
            }
        }
        int[][] under = new int[fields][];
        for (int field = 0; field < fields; field++) {
            under[field] = new int[counts[field]];
            counts[field] = 0;
        }
        for (int finest = 0; finest < finestToField.length; finest++) {
            int field = finestToField[finest];
            if (field >= 0) {
                under[field][counts[field]++] = finest;
            }
        }
        return under;
    }

    private int[] rollUp(FieldLevel level) {
        int[] map = finestTo.get(level);
        if (map == null) {
            throw new IllegalArgumentException("the landscape's finest level is " + taxonomy.finestLevel()
                    + "; it cannot answer at " + level);
        }
        return map;
    }

    private int indexOf(UnitType type, String id) {
        return unitIndex.get(type).getOrDefault(id, -1);
    }
}
