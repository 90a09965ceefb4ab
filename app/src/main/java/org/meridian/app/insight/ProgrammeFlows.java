package org.meridian.app.insight;

import java.util.List;

import org.meridian.core.balance.ChannelFlow;

/**
 * The bringing-in side of the programmes channel: joint programmes and joint institutes brought in and run at
 * the home institution with foreign partners, as recorded by the agreements capability. Until agreements are
 * part of Meridian the bean in {@link InsightSeams} answers {@link #available()} false with no flows, and the
 * balance says the side is not yet measured rather than counting it as 0.
 */
public interface ProgrammeFlows {

    /** Whether the brought-in programmes are measured at all. */
    boolean available();

    /**
     * Flows of channel {@link org.meridian.core.balance.Channel#PROGRAMMES} with counts on the bringing-in side only
     * (programmes active in the year, per partner country) for one institution.
     */
    List<ChannelFlow> broughtIn(long tenantId);
}
