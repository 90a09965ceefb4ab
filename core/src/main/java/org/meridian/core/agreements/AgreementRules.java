package org.meridian.core.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules an agreement's terms must keep, each returning the violations it finds (none when the terms are
 * fine). Fields are named as in the API; list elements as {@code quotas[2].people}.
 */
public final class AgreementRules {

    /** Most people one quota may foresee. */
    public static final int MAX_PEOPLE = 10_000;
    /** Most months per person one quota may foresee. */
    public static final int MAX_MONTHS = 60;

    private AgreementRules() {
    }

    /** The end is on or after the start; the agreement is not signed after it ends. */
    public static List<Violation> checkDates(LocalDate signing, LocalDate start, LocalDate end) {
        List<Violation> violations = new ArrayList<>();
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(Violation.of("endDate", "must be on or after the start date " + start, "invalid.ends-before-start",
                    start));
        }
        if (signing != null && end != null && signing.isAfter(end)) {
            violations.add(Violation.of("signingDate", "must be on or before the end date " + end,
                    "invalid.signed-after-end", end));
        }
        return violations;
    }

    /**
     * Each academic year is listed once and overlaps the agreement's calendar years: {@code 2025/2026} fits an
     * agreement that starts in 2026 or earlier and ends in 2025 or later.
     */
    public static List<Violation> checkAcademicYears(List<AcademicYear> years, LocalDate start, LocalDate end) {
        List<Violation> violations = new ArrayList<>();
        Set<AcademicYear> seen = new HashSet<>();
        for (int i = 0; i < years.size(); i++) {
            AcademicYear year = years.get(i);
            String field = "academicYears[" + i + "]";
            if (!seen.add(year)) {
                violations.add(new Violation(field, year + " is listed twice"));
            }
            else if (end != null && year.startYear() > end.getYear()) {
                violations.add(new Violation(field, year + " begins after the agreement ends (" + end + ")"));
            }
            else if (start != null && year.startYear() + 1 < start.getYear()) {
                violations.add(new Violation(field, year + " ends before the agreement starts (" + start + ")"));
            }
        }
        return violations;
    }

    /**
     * Each quota counts 1 to {@value #MAX_PEOPLE} people and, when given, 1 to {@value #MAX_MONTHS} months per
     * person; it falls in one of the agreement's academic years; no two quotas share year, direction and
     * category.
     */
    public static List<Violation> checkQuotas(List<MobilityQuota> quotas, List<AcademicYear> years) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < quotas.size(); i++) {
            MobilityQuota quota = quotas.get(i);
            String field = "quotas[" + i + "]";
            if (quota.people() < 1 || quota.people() > MAX_PEOPLE) {
                violations.add(new Violation(field + ".people", "must be between 1 and " + MAX_PEOPLE));
            }
            if (quota.monthsPerPerson() != null
                    && (quota.monthsPerPerson() < 1 || quota.monthsPerPerson() > MAX_MONTHS)) {
                violations.add(new Violation(field + ".monthsPerPerson", "must be between 1 and " + MAX_MONTHS));
            }
            if (!years.contains(quota.academicYear())) {
                violations.add(new Violation(field + ".academicYear", years.isEmpty()
                        ? "list the agreement's academic years (academicYears) before giving quotas for them"
                        : quota.academicYear() + " is not among the agreement's academic years ("
                                + years.stream().map(AcademicYear::id).collect(Collectors.joining(", ")) + ")"));
            }
            String key = quota.academicYear() + ", " + quota.direction().code() + ", " + quota.category().code();
            Integer earlier = firstIndex.putIfAbsent(key, i);
            if (earlier != null) {
                violations.add(new Violation(field, "quotas[" + earlier + "] already gives the quota for " + key));
            }
        }
        return violations;
    }

    /** At least one partner, each listed once; at most one coordinator, the home institution included. */
    public static List<Violation> checkParties(PartyRole homeRole, List<Party> parties) {
        List<Violation> violations = new ArrayList<>();
        if (parties.isEmpty()) {
            violations.add(Violation.of("parties", "an agreement needs at least one partner besides the home"
                    + " institution", "invalid.no-partner"));
        }
        Set<Long> seen = new HashSet<>();
        String coordinator = homeRole == PartyRole.COORDINATOR ? "the home institution" : null;
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String field = "parties[" + i + "]";
            if (!seen.add(party.partnerId())) {
                violations.add(new Violation(field + ".partnerId", "partner " + party.partnerId()
                        + " is listed twice"));
            }
            if (party.role() == PartyRole.COORDINATOR) {
                if (coordinator != null) {
                    violations.add(new Violation(field + ".role", "only one party coordinates, and "
                            + coordinator + " already does"));
                }
                else {
                    coordinator = field;
                }
            }
        }
        return violations;
    }

    /** ISCED-F 2013 field codes: 2 (broad), 3 (narrow) or 4 (detailed) digits, each listed once. */
    public static List<Violation> checkIscedCodes(List<String> codes) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "iscedFields[" + i + "]";
            if (code == null || !code.matches("\\d{2,4}")) {
                violations.add(new Violation(field, "must be an ISCED-F 2013 code of 2 to 4 digits, e.g. 0613"));
            }
            else if (!seen.add(code)) {
                violations.add(new Violation(field, code + " is listed twice"));
            }
        }
        return violations;
    }

    /** A new agreement is recorded as a draft, under negotiation, or already active (signed earlier). */
    public static List<Violation> checkNewStatus(AgreementStatus status) {
        return status == AgreementStatus.DRAFT || status == AgreementStatus.NEGOTIATING
                || status == AgreementStatus.ACTIVE ? List.of()
                        : List.of(Violation.of("status", "a new agreement starts as draft, negotiating or active; "
                                + "later statuses follow from transitions", "invalid.new-agreement-status"));
    }

    /** An agreement in force has a start date. */
    public static List<Violation> checkInForce(LocalDate start) {
        return start == null ? List.of(Violation.of("startDate", "is required for an agreement in force",
                "invalid.start-required-in-force"))
                : List.of();
    }

    /**
     * A successor starts on a known date, not before its predecessor started; it is created as a draft or as
     * active.
     */
    public static List<Violation> checkSuccessor(LocalDate predecessorStart, AgreementStatus successorStatus,
            LocalDate successorStart) {
        List<Violation> violations = new ArrayList<>();
        if (successorStatus != AgreementStatus.DRAFT && successorStatus != AgreementStatus.ACTIVE) {
            violations.add(Violation.of("status", "a successor starts as draft or active",
                    "invalid.successor-status"));
        }
        if (successorStart == null) {
            violations.add(Violation.of("startDate", "is required for a successor", "invalid.successor-start"));
        }
        else if (predecessorStart != null && successorStart.isBefore(predecessorStart)) {
            violations.add(Violation.of("startDate", "must not be before the predecessor's start date "
                    + predecessorStart, "invalid.successor-starts-early", predecessorStart));
        }
        return violations;
    }
}
