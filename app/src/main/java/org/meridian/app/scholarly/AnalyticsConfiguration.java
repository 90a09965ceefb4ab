package org.meridian.app.scholarly;

import java.sql.SQLException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The analytics store as a bean, opened on first use only: DuckDB locks its file, and a command-line ingest
 * may hold it while the web application runs without touching analytics.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    AnalyticsStore analyticsStore(AnalyticsSettings settings) throws SQLException {
        String limit = settings.memoryLimit() == null || settings.memoryLimit().isBlank() ? null : settings.memoryLimit();
        return AnalyticsStore.open(settings.path(), limit);
    }
}
