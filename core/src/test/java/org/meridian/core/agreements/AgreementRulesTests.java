package org.meridian.core.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementRulesTests {

    private static final AcademicYear Y2025 = new AcademicYear(2025);
    private static final AcademicYear Y2026 = new AcademicYear(2026);

    private static MobilityQuota outboundStudents(AcademicYear year, int people) {
        return new MobilityQuota(year, MobilityDirection.OUTBOUND, MobilityCategory.STUDENT, people, 5);
    }

    @Test
    void acceptsAnEndOnTheStartDay() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        assertThat(AgreementRules.checkDates(null, day, day)).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(AgreementRules.checkDates(null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 31)))
                .containsExactly(Violation.of("endDate", "must be on or after the start date 2025-09-01",
                        "invalid.ends-before-start", LocalDate.of(2025, 9, 1)));
    }

    @Test
    void refusesSigningAfterTheEnd() {
        assertThat(AgreementRules.checkDates(LocalDate.of(2030, 1, 1), null, LocalDate.of(2029, 12, 31)))
                .containsExactly(Violation.of("signingDate", "must be on or before the end date 2029-12-31",
                        "invalid.signed-after-end", LocalDate.of(2029, 12, 31)));
    }

    @Test
    void acceptsOpenEndedAgreements() {
        assertThat(AgreementRules.checkDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null)).isEmpty();
    }

    @Test
    void refusesAnAcademicYearListedTwice() {
        assertThat(AgreementRules.checkAcademicYears(List.of(Y2025, Y2026, Y2025), null, null))
                .containsExactly(new Violation("academicYears[2]", "2025/2026 is listed twice"));
    }

    @Test
    void refusesAcademicYearsOutsideTheAgreement() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        LocalDate end = LocalDate.of(2027, 8, 31);
        // 2023/2024 ends in 2024, before the start year 2025; 2028/2029 begins after the end year 2027.
        assertThat(AgreementRules.checkAcademicYears(List.of(new AcademicYear(2023), new AcademicYear(2024),
                new AcademicYear(2027), new AcademicYear(2028)), start, end))
                .containsExactly(
                        new Violation("academicYears[0]", "2023/2024 ends before the agreement starts (2025-09-01)"),
                        new Violation("academicYears[3]", "2028/2029 begins after the agreement ends (2027-08-31)"));
    }

    @Test
    void acceptsQuotasWithinTheAgreementsYears() {
        assertThat(AgreementRules.checkQuotas(List.of(outboundStudents(Y2025, 4), outboundStudents(Y2026, 4),
                new MobilityQuota(Y2025, MobilityDirection.INBOUND, MobilityCategory.STUDENT, 4, null),
                new MobilityQuota(Y2025, MobilityDirection.OUTBOUND, MobilityCategory.STAFF, 1, 1)),
                List.of(Y2025, Y2026))).isEmpty();
    }

    @Test
    void refusesQuotasOfNobodyOrTooManyMonths() {
        List<MobilityQuota> quotas = List.of(outboundStudents(Y2025, 0),
                new MobilityQuota(Y2026, MobilityDirection.INBOUND, MobilityCategory.STAFF, 2, 61));
        assertThat(AgreementRules.checkQuotas(quotas, List.of(Y2025, Y2026))).containsExactly(
                new Violation("quotas[0].people", "must be between 1 and 10000"),
                new Violation("quotas[1].monthsPerPerson", "must be between 1 and 60"));
    }

    @Test
    void refusesAQuotaForAYearTheAgreementDoesNotList() {
        assertThat(AgreementRules.checkQuotas(List.of(outboundStudents(Y2026, 3)), List.of(Y2025)))
                .containsExactly(new Violation("quotas[0].academicYear",
                        "2026/2027 is not among the agreement's academic years (2025/2026)"));
        assertThat(AgreementRules.checkQuotas(List.of(outboundStudents(Y2026, 3)), List.of()))
                .extracting(Violation::message).containsExactly(
                        "list the agreement's academic years (academicYears) before giving quotas for them");
    }

    @Test
    void refusesTwoQuotasForTheSameYearDirectionAndCategory() {
        assertThat(AgreementRules.checkQuotas(List.of(outboundStudents(Y2025, 3), outboundStudents(Y2025, 5)),
                List.of(Y2025))).containsExactly(new Violation("quotas[1]",
                        "quotas[0] already gives the quota for 2025/2026, outbound, student"));
    }

    @Test
    void needsAtLeastOnePartner() {
        assertThat(AgreementRules.checkParties(PartyRole.PARTNER, List.of())).extracting(Violation::field)
                .containsExactly("parties");
    }

    @Test
    void refusesAPartnerListedTwice() {
        assertThat(AgreementRules.checkParties(PartyRole.PARTNER,
                List.of(new Party(7, PartyRole.PARTNER), new Party(7, PartyRole.ASSOCIATE))))
                .containsExactly(new Violation("parties[1].partnerId", "partner 7 is listed twice"));
    }

    @Test
    void allowsOneCoordinatorOnly() {
        assertThat(AgreementRules.checkParties(PartyRole.COORDINATOR, List.of(new Party(1, PartyRole.COORDINATOR))))
                .containsExactly(new Violation("parties[0].role",
                        "only one party coordinates, and the home institution already does"));
        assertThat(AgreementRules.checkParties(PartyRole.PARTNER,
                List.of(new Party(1, PartyRole.COORDINATOR), new Party(2, PartyRole.COORDINATOR))))
                .containsExactly(new Violation("parties[1].role",
                        "only one party coordinates, and parties[0] already does"));
        assertThat(AgreementRules.checkParties(PartyRole.PARTNER,
                List.of(new Party(1, PartyRole.COORDINATOR), new Party(2, PartyRole.PARTNER)))).isEmpty();
    }

    @Test
    void acceptsBroadNarrowAndDetailedIscedCodes() {
        assertThat(AgreementRules.checkIscedCodes(List.of("06", "061", "0613"))).isEmpty();
    }

    @Test
    void refusesMalformedOrRepeatedIscedCodes() {
        assertThat(AgreementRules.checkIscedCodes(List.of("6", "06130", "ab", "061", "061")))
                .extracting(Violation::field)
                .containsExactly("iscedFields[0]", "iscedFields[1]", "iscedFields[2]", "iscedFields[4]");
    }

    @Test
    void startsNewAgreementsAsDraftNegotiatingOrActive() {
        assertThat(AgreementRules.checkNewStatus(AgreementStatus.DRAFT)).isEmpty();
        assertThat(AgreementRules.checkNewStatus(AgreementStatus.NEGOTIATING)).isEmpty();
        assertThat(AgreementRules.checkNewStatus(AgreementStatus.ACTIVE)).isEmpty();
        assertThat(AgreementRules.checkNewStatus(AgreementStatus.EXPIRING)).extracting(Violation::field)
                .containsExactly("status");
        assertThat(AgreementRules.checkNewStatus(AgreementStatus.RENEWED)).hasSize(1);
    }

    @Test
    void needsAStartDateToBeInForce() {
        assertThat(AgreementRules.checkInForce(null))
                .containsExactly(Violation.of("startDate", "is required for an agreement in force",
                        "invalid.start-required-in-force"));
        assertThat(AgreementRules.checkInForce(LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void aSuccessorStartsNoEarlierThanItsPredecessor() {
        LocalDate predecessorStart = LocalDate.of(2021, 9, 1);
        assertThat(AgreementRules.checkSuccessor(predecessorStart, AgreementStatus.ACTIVE, LocalDate.of(2021, 9, 1)))
                .isEmpty();
        assertThat(AgreementRules.checkSuccessor(predecessorStart, AgreementStatus.DRAFT, LocalDate.of(2021, 8, 31)))
                .containsExactly(Violation.of("startDate", "must not be before the predecessor's start date 2021-09-01",
                        "invalid.successor-starts-early", predecessorStart));
        assertThat(AgreementRules.checkSuccessor(predecessorStart, AgreementStatus.NEGOTIATING, null))
                .extracting(Violation::field).containsExactly("status", "startDate");
    }
}
