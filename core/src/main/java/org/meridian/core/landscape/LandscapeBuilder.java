package org.meridian.core.landscape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.meridian.core.scholarly.Topic;

/**
 * Where aggregates enter a {@link Landscape}: the seam between whoever computes indicators (the
 * {@link WorkTally} from works, or the indicator engine through a small adapter) and the analyses of
 * frontier, gaps and partners. Rows add up: two rows for the same cell are summed.
 * <p>
 * Output rows are per (unit, finest-level field, year); field ids must first be placed in the hierarchy with
 * {@link #classify}. Co-classification rows count works whose topics span two fields of one level; tie rows
 * count works two units share (one direction per row).
 */
public final class LandscapeBuilder {

    static final int FIELD_BITS = 20;

    private final FieldLevel finest;
    private final Taxonomy taxonomy;
    private final Map<UnitType, Map<String, Integer>> unitIndex = new EnumMap<>(UnitType.class);
    private final List<Unit> units = new ArrayList<>();
    private final Cells outputs = new Cells(Output.MEASURES);
    private final Cells pairs = new Cells(1);
    private final Cells ties = new Cells(1);
    private final Examples examples;
    private int firstYear = Integer.MAX_VALUE;
    private int lastYear = Integer.MIN_VALUE;
    private boolean built;

    LandscapeBuilder(FieldLevel finest, int examplesPerField) {
        this.finest = finest;
        this.taxonomy = new Taxonomy(finest);
        this.examples = new Examples(examplesPerField);
        for (UnitType type : UnitType.values()) {
            unitIndex.put(type, new HashMap<>());
        }
    }

    /** Places a path of the hierarchy; ids finer than the finest level may be null. */
    public LandscapeBuilder classify(String domainId, String fieldId, String subfieldId, String topicId) {
        open();
        taxonomy.register(domainId, fieldId, subfieldId, topicId);
        return this;
    }

    /** Places a topic's path and remembers the topic's name. */
    public LandscapeBuilder classify(Topic topic) {
        open();
        taxonomy.register(topic.domainId(), topic.fieldId(), topic.subfieldId(), topic.id());
        if (finest == FieldLevel.TOPIC) {
            taxonomy.name(FieldLevel.TOPIC, topic.id(), topic.name());
        }
        return this;
    }

    public LandscapeBuilder fieldName(FieldLevel level, String fieldId, String name) {
        open();
        taxonomy.name(level, fieldId, name);
        return this;
    }

    /** Describes a unit; parts left null keep what an earlier call said. */
    public LandscapeBuilder unit(Unit unit) {
        int index = indexOf(unit.type(), unit.id());
        units.set(index, unit.completedWith(units.get(index)));
        return this;
    }

    /** Output of a unit in a finest-level field and year. */
    public LandscapeBuilder output(UnitType type, String unitId, String fieldId, int year, Output output) {
        outputs.add(indexOf(type, unitId), finestIndex(fieldId), year, output.toArray());
        firstYear = Math.min(firstYear, year);
        lastYear = Math.max(lastYear, year);
        return this;
    }

    /** The unit's weight {@code p} on works of {@code year} whose topics span both fields at {@code level}. */
    public LandscapeBuilder coClassified(UnitType type, String unitId, FieldLevel level, String fieldA,
            String fieldB, int year, double p) {
        int a = fieldIndex(level, fieldA);
        int b = fieldIndex(level, fieldB);
        if (a == b) {
            throw new IllegalArgumentException("a field pair needs two fields: " + fieldA);
        }
        long key = pairKey(level, Math.min(a, b), Math.max(a, b));
        pairs.add(indexOf(type, unitId), key, year, new double[] {p});
        return this;
    }

    /** {@code works} works of {@code year} shared by the unit and its counterpart (one direction). */
    public LandscapeBuilder tie(UnitType type, String unitId, UnitType counterpartType, String counterpartId,
            int year, double works) {
        int counterpart = indexOf(counterpartType, counterpartId);
        ties.add(indexOf(type, unitId), counterpart, year, new double[] {works});
        return this;
    }

    /** Offers a work as an example of the unit in a finest-level field; the most cited by NCS are kept. */
    public LandscapeBuilder example(UnitType type, String unitId, ExampleWork work) {
        examples.offer(exampleKey(indexOf(type, unitId), finestIndex(work.fieldId())), work);
        return this;
    }

    /** Seals the rows into a landscape; the builder cannot be used afterwards. */
    public Landscape build() {
        open();
        built = true;
        outputs.seal(units.size());
        pairs.seal(units.size());
        ties.seal(units.size());
        YearRange years = firstYear <= lastYear ? new YearRange(firstYear, lastYear) : null;
        return new Landscape(taxonomy, unitIndex, units, outputs, pairs, ties, examples, years);
    }

    static long pairKey(FieldLevel level, int first, int second) {
        return ((long) level.ordinal() << (2 * FIELD_BITS)) | ((long) first << FIELD_BITS) | second;
    }

    /** The key of a unit's examples in a finest field, spread over the hash table as {@link Cells} spreads its keys. */
    static long exampleKey(int unit, int finestField) {
        return (((long) unit << FIELD_BITS) | finestField) * Cells.MIX;
    }

    private void open() {
        if (built) {
            throw new IllegalStateException("the landscape is built; start a new builder");
        }
    }

    private int indexOf(UnitType type, String id) {
        open();
        if (id == null) {
            throw new IllegalArgumentException("a " + type + " unit needs an id");
        }
        return unitIndex.get(type).computeIfAbsent(id, k -> {
            units.add(Unit.bare(type, id));
            return units.size() - 1;
        });
    }

    private int finestIndex(String fieldId) {
        return fieldIndex(finest, fieldId);
    }

    private int fieldIndex(FieldLevel level, String fieldId) {
        int index = taxonomy.indexOf(level, fieldId);
        if (index < 0) {
            throw new IllegalArgumentException(level + " " + fieldId + " is not classified; call classify first");
        }
        return index;
    }
}
