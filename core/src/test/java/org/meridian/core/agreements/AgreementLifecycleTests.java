package org.meridian.core.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementLifecycleTests {

    /**
     * The status machine written out by hand, rows = from, columns = to, in the order draft, negotiating,
     * active, expiring, expired, renewed, terminated. H = by hand, C = from the end date (calendar),
     * R = by renewal, . = illegal.
     */
    private static final String[] TABLE = {
            ". H H . . . H", // draft
            "H . H . . . H", // negotiating
            ". . . C C R H", // active
            ". . C . C R H", // expiring
            ". . . . . R .", // expired
            ". . . . . . .", // renewed
            ". . . . . . .", // terminated
    };

    static Stream<Arguments> everyPairAndWay() {
        List<Arguments> cases = new ArrayList<>();
        AgreementStatus[] statuses = AgreementStatus.values();
        for (int from = 0; from < statuses.length; from++) {
            String[] row = TABLE[from].split(" ");
            for (int to = 0; to < statuses.length; to++) {
                for (TransitionKind kind : TransitionKind.values()) {
                    boolean legal = switch (row[to]) {
                        case "H" -> kind == TransitionKind.BY_HAND;
                        case "C" -> kind == TransitionKind.BY_CALENDAR;
                        case "R" -> kind == TransitionKind.BY_RENEWAL;
                        default -> false;
                    };
                    cases.add(Arguments.of(statuses[from], statuses[to], kind, legal));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}: legal={3}")
    @MethodSource("everyPairAndWay")
    void allowsExactlyTheTransitionsOfTheTable(AgreementStatus from, AgreementStatus to, TransitionKind kind,
            boolean legal) {
        if (legal) {
            assertThatCode(() -> AgreementLifecycle.check(from, to, kind)).doesNotThrowAnyException();
        }
        else {
            assertThatThrownBy(() -> AgreementLifecycle.check(from, to, kind))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(failure -> {
                        assertThat(((IllegalTransition) failure).from()).isEqualTo(from);
                        assertThat(((IllegalTransition) failure).to()).isEqualTo(to);
                    });
        }
    }

    @Test
    void refusesRenewalOfTerminatedAgreementNamingWhatIsLegal() {
        assertThatThrownBy(() -> AgreementLifecycle.check(AgreementStatus.TERMINATED, AgreementStatus.RENEWED,
                TransitionKind.BY_RENEWAL))
                .hasMessage("cannot renew a terminated agreement; legal from terminated: none");
    }

    @Test
    void namesTheWayOfEachLegalTransitionWhenRefusing() {
        assertThatThrownBy(() -> AgreementLifecycle.check(AgreementStatus.ACTIVE, AgreementStatus.DRAFT,
                TransitionKind.BY_HAND))
                .hasMessage("cannot return an active agreement to draft; legal from active: terminated, "
                        + "renewed (by renewal), expiring (from the end date), expired (from the end date)");
        assertThatThrownBy(() -> AgreementLifecycle.check(AgreementStatus.EXPIRED, AgreementStatus.ACTIVE,
                TransitionKind.BY_HAND))
                .hasMessage("cannot activate an expired agreement; legal from expired: renewed (by renewal)");
    }

    @Test
    void refusesToSetCalendarStatusesByHand() {
        assertThatThrownBy(() -> AgreementLifecycle.check(AgreementStatus.ACTIVE, AgreementStatus.EXPIRING,
                TransitionKind.BY_HAND))
                .hasMessage("expiring follows from the end date and the expiring window; it cannot be set by hand");
    }

    @Test
    void refusesToRenewByHandWithoutASuccessor() {
        assertThatThrownBy(() -> AgreementLifecycle.check(AgreementStatus.ACTIVE, AgreementStatus.RENEWED,
                TransitionKind.BY_HAND))
                .hasMessage("an agreement is renewed by creating its successor (renewal), not by hand");
    }

    @Test
    void refusesToEnterTheCurrentStatusAgain() {
        assertThatThrownBy(() -> AgreementLifecycle.check(AgreementStatus.DRAFT, AgreementStatus.DRAFT,
                TransitionKind.BY_HAND)).hasMessage("the agreement is already draft");
    }

    @Test
    void onlyRenewedAndTerminatedAreFinal() {
        assertThat(Stream.of(AgreementStatus.values()).filter(AgreementLifecycle::isFinal))
                .containsExactly(AgreementStatus.RENEWED, AgreementStatus.TERMINATED);
    }
}
