package org.meridian.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void capabilitiesDependOnEachOtherOnlyThroughTheirPublicPackages() {
        ApplicationModules.of(MeridianApplication.class).verify();
    }
}
