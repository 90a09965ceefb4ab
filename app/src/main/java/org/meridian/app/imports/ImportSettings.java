package org.meridian.app.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and resources of imports ({@code meridian.imports.*} in application.properties).
 *
 * @param maxFileSize larger files are refused before they are read
 * @param maxRows files with more data rows are refused
 * @param workers imports that run at the same time; more wait in line
 * @param batchSize records handed to {@link ImportType#write} at a time (progress advances per batch)
 */
@ConfigurationProperties("meridian.imports")
public record ImportSettings(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("50000") int maxRows,
        @DefaultValue("2") int workers, @DefaultValue("500") int batchSize) {
}
