package org.meridian.app.agreements;

import org.meridian.core.agreements.ExpiringWindow;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of agreements ({@code meridian.agreements.*}).
 *
 * @param expiringWindowDays days before its end date from which an agreement in force is {@code expiring}
 */
@ConfigurationProperties("meridian.agreements")
public record AgreementSettings(@DefaultValue("180") int expiringWindowDays) {

    public ExpiringWindow expiringWindow() {
        return new ExpiringWindow(expiringWindowDays);
    }
}
