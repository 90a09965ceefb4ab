package org.meridian.core.frontier;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Taxonomy;

/**
 * The emergence of every item of one level over a period. The frontier of a coarser field is its items with
 * the highest emergence scores; an item with a score of at least {@link FrontierSettings#frontierScore()} is
 * on the frontier.
 */
public final class Frontier {

    private final FrontierSettings settings;
    private final Taxonomy taxonomy;
    private final List<Emergence> items;
    private final Map<String, Emergence> byId;
    /** Frontier shares asked for so far, by level and field: every gap map asks for all fields of a level. */
    private final Map<String, Double> shares = new ConcurrentHashMap<>();

    Frontier(FrontierSettings settings, Taxonomy taxonomy, List<Emergence> items) {
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.items = items.stream()
                .sorted(Comparator.comparingDouble(Emergence::score).reversed().thenComparing(Emergence::itemId))
                .toList();
        this.byId = items.stream().collect(Collectors.toMap(Emergence::itemId, Function.identity()));
    }

    public FrontierSettings settings() {
        return settings;
    }

    /** Every item with world output in the period, highest score first. */
    public List<Emergence> items() {
        return items;
    }

    public Optional<Emergence> item(String itemId) {
        return Optional.ofNullable(byId.get(itemId));
    }

    public boolean isFrontier(Emergence item) {
        return item.eligible() && item.score() >= settings.frontierScore();
    }

    /** The {@code k} highest-scoring items inside a field of a level coarser than (or equal to) the items'. */
    public List<Emergence> of(FieldLevel fieldLevel, String fieldId, int k) {
        return items.stream()
                .filter(item -> fieldId.equals(taxonomy.ancestorId(settings.itemLevel(), item.itemId(), fieldLevel)))
                .limit(k)
                .toList();
    }

    /**
     * The share of a field's recent world works that lie in frontier items: for a field coarser than the
     * items, the recent works of its frontier items over all its recent works; for a field at the items'
     * level or finer, 1 when it (or its ancestor item) is on the frontier, else 0.
     */
    public double frontierShare(FieldLevel fieldLevel, String fieldId) {
        return shares.computeIfAbsent(fieldLevel + ":" + fieldId, key -> computeFrontierShare(fieldLevel, fieldId));
    }

    private double computeFrontierShare(FieldLevel fieldLevel, String fieldId) {
        FieldLevel itemLevel = settings.itemLevel();
        if (!itemLevel.isFinerThan(fieldLevel)) {
            String itemId = fieldLevel == itemLevel ? fieldId : taxonomy.ancestorId(fieldLevel, fieldId, itemLevel);
            return itemId != null && item(itemId).filter(this::isFrontier).isPresent() ? 1 : 0;
        }
        double all = 0;
        double frontier = 0;
        for (Emergence item : of(fieldLevel, fieldId, Integer.MAX_VALUE)) {
            all += item.recentP();
            frontier += isFrontier(item) ? item.recentP() : 0;
        }
        return all > 0 ? frontier / all : 0;
    }
}
