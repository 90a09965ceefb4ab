package org.meridian.app.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.InputCheck;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.core.agreements.AgreementLifecycle;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.TransitionKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Cooperation agreements, their status machine and renewal")
class AgreementApi {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'OFFICER')";

    private final Agreements agreements;
    private final RecordingAgreements recording;
    private final ChangingAgreementStatus statuses;
    private final RenewingAgreement renewing;
    private final RemovingAgreement removing;
    private final AgreementSettings settings;

    AgreementApi(Agreements agreements, RecordingAgreements recording, ChangingAgreementStatus statuses,
            RenewingAgreement renewing, RemovingAgreement removing, AgreementSettings settings) {
        this.agreements = agreements;
        this.recording = recording;
        this.statuses = statuses;
        this.renewing = renewing;
        this.removing = removing;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "List agreements", description = "Filters combine with AND. Sort by title, type, status,"
            + " signingDate, startDate, endDate, createdAt or updatedAt; prefix with - for descending order.")
    Page<Agreement> list(
            @Parameter(description = "part of the title or of a partner's name")
            @RequestParam(required = false) String q,
            @Parameter(description = "agreement type code, e.g. student-exchange")
            @RequestParam(required = false) String type,
            @Parameter(description = "status codes, comma-separated, e.g. active,expiring")
            @RequestParam(required = false) String status,
            @Parameter(description = "id of a partner that is a party") @RequestParam(required = false) Long partner,
            @Parameter(description = "ISO alpha-2 country of a partner") @RequestParam(required = false) String country,
            @Parameter(description = "ISCED-F code; broader and narrower fields match too")
            @RequestParam(required = false) String isced,
            @Parameter(description = "in force and ending within this many days from today")
            @RequestParam(required = false) Integer expiringWithin,
            @Parameter(description = "in force on this day, e.g. 2025-09-01")
            @RequestParam(required = false) String activeOn,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        InputCheck check = new InputCheck();
        AgreementType typeCode = check.code("type", type, AgreementType.values(), AgreementType::code, false);
        Set<AgreementStatus> statusCodes = EnumSet.noneOf(AgreementStatus.class);
        if (status != null && !status.isBlank()) {
            for (String code : status.split(",")) {
                AgreementStatus parsed = check.code("status", code, AgreementStatus.values(), AgreementStatus::code,
                        false);
                if (parsed != null) {
                    statusCodes.add(parsed);
                }
            }
        }
        String iscedCode = check.text("isced", isced, 4);
        if (iscedCode != null && !iscedCode.matches("\\d{2,4}")) {
            check.reject("isced", "must be an ISCED-F 2013 code of 2 to 4 digits, e.g. 0613");
        }
        if (expiringWithin != null && (expiringWithin < 0 || expiringWithin > 36_500)) {
            check.reject("expiringWithin", "must be a number of days from 0 to 36500");
        }
        LocalDate day = null;
        if (activeOn != null && !activeOn.isBlank()) {
            try {
                day = LocalDate.parse(activeOn.trim());
            }
            catch (DateTimeParseException malformed) {
                check.reject("activeOn", "must be a date such as 2025-09-01");
            }
        }
        check.throwIfInvalid();
        AgreementFilter filter = new AgreementFilter(q, typeCode, statusCodes, partner,
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT), iscedCode,
                expiringWithin, day);
        return agreements.find(filter, PageQuery.of(page, size, sort));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement")
    Agreement one(@PathVariable long id) {
        return agreements.require(id);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record an agreement", description = "As draft (the default), negotiating or active. An"
            + " active agreement whose end date is near or past becomes expiring or expired at once.")
    ResponseEntity<Agreement> create(@RequestBody AgreementInput input) {
        Agreement created = recording.register(input);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Change an agreement's terms", description = "Send the version you read; a stale version"
            + " gets 409. The status changes only through transitions.")
    Agreement update(@PathVariable long id, @RequestBody AgreementInput input) {
        return recording.revise(id, input);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an agreement and its documents", description = "Refused with 409 while other records"
            + " refer to it, and for agreements that renew or were renewed.")
    void delete(@PathVariable long id) {
        removing.remove(id);
    }

    @PostMapping("/{id}/transitions")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Change the status by hand", description = "Legal by hand: draft → negotiating, active,"
            + " terminated; negotiating → draft, active, terminated; active or expiring → terminated. An illegal"
            + " transition gets 409 naming what is legal. See GET /api/v1/agreements/lifecycle.")
    Agreement transition(@PathVariable long id, @RequestBody TransitionRequest request) {
        InputCheck check = new InputCheck();
        AgreementStatus to = check.code("to", request.to(), AgreementStatus.values(), AgreementStatus::code, true);
        check.throwIfInvalid();
        return statuses.transition(id, to, request.version());
    }

    @PostMapping("/{id}/renewal")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Renew an agreement", description = "Creates the successor (draft or active, with its own"
            + " dates) linked to this agreement, which becomes renewed. Answers with the successor.")
    ResponseEntity<Agreement> renew(@PathVariable long id, @RequestBody RenewalInput input) {
        Agreement successor = renewing.renew(id, input);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + successor.id())).body(successor);
    }

    @PostMapping("/status/refresh")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Apply the calendar now", description = "Marks agreements in force as expiring within the"
            + " expiring window before their end date and expired after it; also runs every night.")
    Refreshed refresh() {
        return new Refreshed(settings.expiringWindowDays(), statuses.refresh());
    }

    @GetMapping("/lifecycle")
    @Operation(summary = "The status machine", description = "Every legal transition and how it comes about:"
            + " by-hand, by-calendar or by-renewal.")
    Lifecycle lifecycle() {
        List<Lifecycle.Transition> transitions = new ArrayList<>();
        for (AgreementStatus from : AgreementStatus.values()) {
            Arrays.stream(AgreementStatus.values()).forEach(to -> AgreementLifecycle.kindOf(from, to)
                    .ifPresent(how -> transitions.add(new Lifecycle.Transition(from, to, how))));
        }
        return new Lifecycle(settings.expiringWindowDays(), transitions);
    }

    record TransitionRequest(String to, Integer version) {
    }

    record Refreshed(int expiringWindowDays, List<StatusChange> changes) {
    }

    record Lifecycle(int expiringWindowDays, List<Transition> transitions) {

        record Transition(AgreementStatus from, AgreementStatus to, TransitionKind how) {
        }
    }
}
