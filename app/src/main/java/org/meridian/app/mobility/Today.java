package org.meridian.app.mobility;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The day on which mobility statuses are derived: from the application's {@link Clock} bean, else the system clock. */
@Component
class Today {

    private final Clock clock;

    Today(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    LocalDate date() {
        return LocalDate.now(clock);
    }
}
