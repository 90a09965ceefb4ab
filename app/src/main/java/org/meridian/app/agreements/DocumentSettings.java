package org.meridian.app.agreements;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of agreement documents ({@code meridian.documents.*}).
 *
 * @param maxSize largest document accepted; keep {@code spring.servlet.multipart.max-file-size} above it
 */
@ConfigurationProperties("meridian.documents")
public record DocumentSettings(@DefaultValue("20MB") DataSize maxSize) {
}
