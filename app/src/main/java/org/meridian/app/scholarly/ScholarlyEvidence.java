package org.meridian.app.scholarly;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.app.reference.Countries;
import org.meridian.app.reference.Country;
import org.meridian.core.indicators.FieldLevel;
import org.meridian.core.indicators.IndicatorRow;
import org.meridian.core.indicators.WorkTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The publication evidence every analysis reads: the works of the analytics store loaded once into a core
 * {@link WorkTable}, with the names of institutions, fields and countries and the country groups. Loaded on
 * first use and again whenever the store's totals (works, files ingested) have changed, or after
 * {@link #refresh()}. An absent or empty store gives an empty table, never an error.
 */
@Service
public class ScholarlyEvidence {

    private final ObjectProvider<AnalyticsStore> store;
    private final AnalyticsSettings settings;
    private final Countries countries;
    private final CountryListing listing = CountryListing.shipped();
    private volatile ScholarlyWorks loaded;

    ScholarlyEvidence(ObjectProvider<AnalyticsStore> store, AnalyticsSettings settings, Countries countries) {
        this.store = store;
        this.settings = settings;
        this.countries = countries;
    }

    /** The works as loaded now, reloaded first if the store has changed since. */
    public ScholarlyWorks works() {
        if (settings.path() == null || !Files.exists(settings.path())) {
            return ScholarlyWorks.none();
        }
        try {
            AnalyticsStore analytics = store.getObject();
            ScholarlyWorks current = loaded;
            if (current != null && current.totals().equals(analytics.totals())) {
                return current;
            }
            synchronized (this) {
                current = loaded;
                if (current == null || !current.totals().equals(analytics.totals())) {
                    current = ScholarlyWorks.load(analytics);
                    loaded = current;
                }
                return current;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the analytics store " + settings.path() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Forgets the loaded works; the next call reads the store again. */
    public void refresh() {
        loaded = null;
    }

    /** The works indicators are computed over. */
    public WorkTable table() {
        return works().table();
    }

    /** Whether no work can be counted (nothing ingested, or no work with a year and a primary topic). */
    public boolean isEmpty() {
        return works().isEmpty();
    }

    /** The store's counts as last loaded. */
    public StoreTotals totals() {
        return works().totals();
    }

    /** OpenAlex institution id to display name. */
    public Map<String, String> institutionNames() {
        return works().institutionNames();
    }

    public Optional<String> institutionName(String id) {
        return Optional.ofNullable(works().institutionNames().get(id));
    }

    /** Field id to name at a level of the topic taxonomy. */
    public Map<String, String> fieldNames(FieldLevel level) {
        return works().fieldNames(level);
    }

    /** Alpha-2 code to country name in a language ({@code zh} or English), from the reference countries. */
    public Map<String, String> countryNames(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Country country : countries.all()) {
            names.put(country.alpha2(), country.name(language));
        }
        return names;
    }

    /** Country groups by id ({@value CountryListing#OECD}, {@value CountryListing#BELT_AND_ROAD}): member codes. */
    public Map<String, Set<String>> countryGroups() {
        return listing.groups();
    }

    /** Display names of the country groups in a language. */
    public Map<String, String> countryGroupNames(String language) {
        return CountryListing.groupNames(language);
    }

    /** Indicator rows for a request, over the period or per year when {@code trend}. */
    public List<IndicatorRow> indicators(IndicatorRequest request, String language, boolean trend) {
        return request.compute(works(), listing, language, trend);
    }
}
