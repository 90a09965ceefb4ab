package org.meridian.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EngagementRoleTests {

    @Test
    void chairsViceChairsHostsAndLeadsCountAsLedOrHosted() {
        List<EngagementRole> led = Arrays.stream(EngagementRole.values()).filter(EngagementRole::ledOrHosted).toList();
        assertThat(led).containsExactly(EngagementRole.CHAIR, EngagementRole.VICE_CHAIR, EngagementRole.HOST,
                EngagementRole.LEAD);
    }

    @Test
    void attendeesAndObserversOnlyAttended() {
        assertThat(EngagementRole.ATTENDEE.standing()).isEqualTo(EngagementStanding.ATTENDED);
        assertThat(EngagementRole.OBSERVER.standing()).isEqualTo(EngagementStanding.ATTENDED);
    }

    @Test
    void membersAndContributorsStandBetween() {
        assertThat(EngagementRole.MEMBER.standing()).isEqualTo(EngagementStanding.CONTRIBUTED);
        assertThat(EngagementRole.CONTRIBUTOR.standing()).isEqualTo(EngagementStanding.CONTRIBUTED);
    }
}
