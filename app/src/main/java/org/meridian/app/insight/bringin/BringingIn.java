package org.meridian.app.insight.bringin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.meridian.app.RuleViolation;
import org.meridian.app.scholarly.AnalyticsStore;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenants;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Home;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Bringing in for the signed-in tenant: the landscape of the analytics store (tallied once, kept until the
 * store changes), and over it the frontier, the gap map of a home unit, partner and talent recommendations,
 * each with its explanation. The tenant's own demand list ({@link OwnDemandLists}) and its registry add demand (outbound mobilities and agreements by
 * ISCED-F field, where the field maps to OpenAlex; unmapped codes are listed in the answer), its partners
 * (to exclude on request) and its agreements and mobilities with candidates (feasibility). Without a home the
 * tenant's own institution (its OpenAlex id) is the home.
 */
@Service
public class BringingIn {

    private static final Logger log = LoggerFactory.getLogger(BringingIn.class);

    private final ObjectProvider<AnalyticsStore> store;
    private final TenantRecords records;
    private final Tenancy tenancy;
    private final Tenants tenants;
    private final OwnDemandLists ownDemand;
    private final boolean prepareAtStart;
    private volatile LandscapeCache cache;

    BringingIn(ObjectProvider<AnalyticsStore> store, TenantRecords records, Tenancy tenancy, Tenants tenants,
            OwnDemandLists ownDemand, @Value("${meridian.bring-in.prepare-at-start:true}") boolean prepareAtStart) {
        this.prepareAtStart = prepareAtStart;
        this.store = store;
        this.records = records;
        this.tenancy = tenancy;
        this.tenants = tenants;
        this.ownDemand = ownDemand;
    }

    /**
     * Since when the analysis of the store's current works is being prepared, or empty when it is ready (or the
     * store holds nothing to analyse). Never waits: when the analysis is out of date and nothing prepares it, it
     * starts preparing it in the background, so that a page can say so and come back rather than wait minutes.
     */
    public Optional<Instant> preparing() {
        LandscapeCache current = cache();
        if (current.isCurrentNow()) {
            return Optional.empty();
        }
        Optional<Instant> since = current.preparingSince();
        if (since.isPresent()) {
            return since;
        }
        prepareInBackground(current);
        return Optional.of(Instant.now());
    }

    /** The answers over the store's works, or empty when nothing has been ingested. */
    public Optional<BringInAnswers> answers() {
        return cache().current().map(BringInAnswers::new);
    }

    private LandscapeCache cache() {
        LandscapeCache current = cache;
        if (current == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = new LandscapeCache(store.getObject());
                }
                current = cache;
            }
        }
        return current;
    }

    /**
     * Once the service is up, tallies the store's works in the background, so that the first visitor of the Bring
     * in page does not wait for it (a minute or two for a million works); {@code meridian.bring-in.prepare-at-start}
     * turns it off. A failure (a store another process holds, too little memory) is logged, and the first request
     * tries again and says what went wrong.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareAtStart() {
        if (!prepareAtStart) {
            return;
        }
        try {
            prepareInBackground(cache());
        } catch (RuntimeException failure) {
            log.warn("Bring in: could not open the analytics store to prepare the analysis: {}", failure.toString());
        }
    }

    /** Prepares the analysis on a background thread and logs when it is ready, or why it could not be prepared. */
    private static void prepareInBackground(LandscapeCache cache) {
        long started = System.nanoTime();
        cache.prepareInBackground().whenComplete((prepared, failure) -> {
            if (failure == null) {
                log.info("Bring in: the analysis of the analytics store is ready ({} s)",
                        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            } else {
                log.warn("Bring in: could not prepare the analysis: {}", failure.toString());
            }
        });
    }

    public FrontierAnswer frontier(String fieldId, int k) {
        return required().frontier(fieldId, k);
    }

    public GapAnswer gaps(String home) {
        BringInAnswers answers = required();
        TenantRecords.Snapshot registry = records.read();
        RecordedDemandMapping.Mapped recorded = mapped(answers, registry);
        return answers.gaps(home(home), recorded, notes(recorded));
    }

    public PartnerAnswer partners(String home, PartnerSearch search) {
        BringInAnswers answers = required();
        TenantRecords.Snapshot registry = records.read();
        RecordedDemandMapping.Mapped recorded = mapped(answers, registry);
        return answers.partners(home(home), search, recorded, registry.ties(), notes(recorded));
    }

    public TalentAnswer talent(String home, List<String> targetFieldIds, Set<String> countries, int k) {
        BringInAnswers answers = required();
        RecordedDemandMapping.Mapped recorded = mapped(answers, records.read());
        return answers.talent(home(home), targetFieldIds, countries, k, recorded);
    }

    /** The tenant's own demand list, with the subfields' names when works are loaded. */
    public DemandAnswer ownDemand() {
        return ownDemand.current().map(this::answer)
                .orElseGet(() -> new DemandAnswer(false, OwnDemandLists.NAME, "", List.of(), null, null));
    }

    /** Replaces the tenant's own demand list. */
    public DemandAnswer saveOwnDemand(String source, List<String> fieldIds) {
        return answer(ownDemand.save(source, fieldIds));
    }

    private DemandAnswer answer(OwnDemandLists.OwnDemandList own) {
        Optional<BringInAnswers> answers = answers();
        List<FieldRef> fields = own.fieldIds().stream().map(id -> new FieldRef(id, answers
                .map(a -> a.analysis().fieldName(FieldLevel.SUBFIELD, id)).orElse(id)))
                .toList();
        return new DemandAnswer(true, OwnDemandLists.NAME, own.source(), fields, own.savedBy(), own.savedAt());
    }

    /** The home as given, else the tenant's institution. */
    public Home home(String home) {
        if (home == null || home.isBlank()) {
            String institution = tenants.byId(tenancy.readableTenant()).map(t -> t.institutionId()).orElse(null);
            return HomeUnits.parse(institution);
        }
        return HomeUnits.parse(home);
    }

    /** The tenant's institution id, when it has one. */
    public Optional<String> tenantInstitution() {
        return tenants.byId(tenancy.readableTenant()).map(t -> t.institutionId()).filter(id -> !id.isBlank());
    }

    /** The answers with the tenant's own demand list, when it has one. */
    private BringInAnswers required() {
        BringInAnswers answers = answers().orElseThrow(() -> new RuleViolation("no-works",
                "No works in the analytics store yet: load some with ./meridian ingest openalex PATH"));
        return ownDemand.current().map(own -> answers.withOwnDemand(own.demandList())).orElse(answers);
    }

    private static RecordedDemandMapping.Mapped mapped(BringInAnswers answers, TenantRecords.Snapshot registry) {
        BringInAnalysis analysis = answers.analysis();
        return RecordedDemandMapping.map(registry.demand(), IscedOpenAlexFields.shipped(),
                analysis.landscape().taxonomy(), analysis.gapSettings().level());
    }

    private static List<String> notes(RecordedDemandMapping.Mapped recorded) {
        List<String> notes = new ArrayList<>();
        recorded.unmapped().forEach(unmapped -> notes.add(unmapped.message()));
        return notes;
    }
}
