package org.meridian.app.scholarly;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the analytics store lives ({@code meridian.analytics.path}, default
 * {@code ${meridian.data-dir}/analytics.duckdb}) and DuckDB's memory limit ({@code meridian.analytics.memory-limit},
 * empty for DuckDB's default).
 */
@ConfigurationProperties("meridian.analytics")
public record AnalyticsSettings(Path path, String memoryLimit) {
}
