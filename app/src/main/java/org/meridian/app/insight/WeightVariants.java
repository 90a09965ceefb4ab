package org.meridian.app.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.InputCheck;
import org.meridian.app.RecordNotFound;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Role;
import org.meridian.app.security.Tenancy;
import org.meridian.core.scorecard.IndicatorTree;
import org.meridian.core.scorecard.Indicator;
import org.meridian.core.scorecard.Pillar;
import org.meridian.core.scorecard.Weights;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named weightings of the scorecard ({@code insight_weight_variant}). A user sees the variants of their own
 * institution and the global ones. Officers and administrators save variants for their institution; only
 * administrators save global ones. Saving under a name that exists for the same owner replaces it.
 */
@Repository
public class WeightVariants {

    private static final String TYPE = "insight-weight-variant";
    private static final TypeReference<Map<String, Map<String, Double>>> WEIGHTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Tenancy tenancy;
    private final AuditLog auditLog;

    WeightVariants(JdbcClient jdbc, JsonMapper json, Tenancy tenancy, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.tenancy = tenancy;
        this.auditLog = auditLog;
    }

    /** The global variants and the current user's institution's, by name. */
    public List<SavedWeightVariant> visible() {
        Long own = tenancy.currentUser().tenantId();
        return jdbc.sql("select * from insight_weight_variant where tenant_id is null or tenant_id = ?"
                + " order by name, tenant_id").param(own == null ? -1L : own).query(this::variant).list();
    }

    /** A visible variant by name: the institution's own before a global one of the same name. */
    public Optional<SavedWeightVariant> byName(String name) {
        return visible().stream().filter(variant -> variant.name().equals(name))
                .min((a, b) -> Boolean.compare(a.global(), b.global()));
    }

    /** Saves (or replaces, by owner and name) a variant after checking names and weights against the tree. */
    @Transactional
    public SavedWeightVariant save(SavedWeightVariant.Draft draft, IndicatorTree tree) {
        CurrentUser user = tenancy.currentUser();
        boolean global = Boolean.TRUE.equals(draft.global());
        if (global && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only administrators save weightings for every institution");
        }
        Long owner = global ? null : tenancy.writableTenant();
        InputCheck check = new InputCheck();
        String name = check.text("name", draft.name(), 100, true);
        String description = check.text("description", draft.description(), 1000, false);
        Map<String, Double> pillars = checked(check, "pillars", draft.pillars(),
                tree.pillars().stream().map(Pillar::id).toList());
        Map<String, Double> indicators = checked(check, "indicators", draft.indicators(),
                tree.indicators().stream().map(Indicator::id).toList());
        check.throwIfInvalid();
        String weights = json.writeValueAsString(Map.of("pillars", pillars, "indicators", indicators));
        Optional<SavedWeightVariant> existing = jdbc.sql("select * from insight_weight_variant where name = ?"
                + " and coalesce(tenant_id, -1) = ?").params(name, owner == null ? -1L : owner)
                .query(this::variant).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql("update insight_weight_variant set description = ?, weights_json = ?, saved_by = ?,"
                    + " saved_at = current_timestamp, version = version + 1 where id = ?")
                    .params(description, weights, user.username(), id).update();
        } else {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into insight_weight_variant (tenant_id, name, description, weights_json, saved_by)"
                    + " values (?, ?, ?, ?, ?)").params(owner, name, description, weights, user.username())
                    .update(key, "id");
            id = key.getKey().longValue();
        }
        SavedWeightVariant saved = get(id);
        if (existing.isPresent()) {
            auditLog.recordChanged(owner, TYPE, id, existing.get(), saved);
        } else {
            auditLog.recordCreated(owner, TYPE, id, saved);
        }
        return saved;
    }

    /** Deletes a variant: the institution's own (officers, administrators) or a global one (administrators). */
    @Transactional
    public void delete(long id) {
        SavedWeightVariant variant = visible().stream().filter(found -> found.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFound(TYPE, id));
        if (variant.global() ? tenancy.currentUser().role() != Role.ADMIN
                : variant.tenantId() != tenancy.writableTenant()) {
            throw new AccessDeniedException("you may not delete this weighting");
        }
        jdbc.sql("delete from insight_weight_variant where id = ?").param(id).update();
        auditLog.recordDeleted(variant.tenantId(), TYPE, id, variant);
    }

    /** The weights of a variant over a tree: what it names, 1 for everything else. */
    public static Weights weights(SavedWeightVariant variant, IndicatorTree tree) {
        Weights weights = Weights.equal(tree);
        for (Map.Entry<String, Double> pillar : variant.pillars().entrySet()) {
            weights = weights.withPillar(pillar.getKey(), pillar.getValue());
        }
        for (Map.Entry<String, Double> indicator : variant.indicators().entrySet()) {
            weights = weights.withIndicator(indicator.getKey(), indicator.getValue());
        }
        return weights;
    }

    private SavedWeightVariant get(long id) {
        return jdbc.sql("select * from insight_weight_variant where id = ?").param(id).query(this::variant)
                .optional().orElseThrow(() -> new RecordNotFound(TYPE, id));
    }

    private static Map<String, Double> checked(InputCheck check, String field, Map<String, Double> weights,
            List<String> known) {
        Map<String, Double> kept = new LinkedHashMap<>();
        if (weights == null) {
            return kept;
        }
        weights.forEach((id, weight) -> {
            if (!known.contains(id)) {
                check.reject(field, "'" + id + "' is not one of " + String.join(", ", known));
            } else if (weight == null || !Double.isFinite(weight) || weight < 0 || weight > 100) {
                check.reject(field, "weight of " + id + " must be a number from 0 to 100");
            } else {
                kept.put(id, weight);
            }
        });
        return kept;
    }

    private SavedWeightVariant variant(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        Map<String, Map<String, Double>> weights = json.readValue(row.getString("weights_json"), WEIGHTS);
        long tenant = row.getLong("tenant_id");
        return new SavedWeightVariant(row.getLong("id"), row.wasNull() ? null : tenant, row.getString("name"),
                row.getString("description"), weights.getOrDefault("pillars", Map.of()),
                weights.getOrDefault("indicators", Map.of()), row.getString("saved_by"),
                row.getTimestamp("saved_at").toLocalDateTime(), row.getInt("version"));
    }
}
