package org.meridian.app.mobility;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.InputCheck;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
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
@RequestMapping("/api/v1/mobility")
@Tag(name = "Mobility", description = "Inbound and outbound mobility of students, staff and visiting scholars. "
        + "The person's details are shown to officers and administrators only; analysts read the summary across "
        + "institutions (scope=all) and never individual records.")
class MobilityApi {

    private final MobilityRecords records;

    MobilityApi(MobilityRecords records) {
        this.records = records;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'VIEWER')")
    @Operation(summary = "List mobility records", description = "Filters combine with and. Sort by startDate "
            + "(default), endDate, country, direction, category, academicYear, funding, id, or (officers) "
            + "familyName; prefix - for descending.")
    Page<Mobility> list(@ParameterObject MobilityQuery query, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return records.find(query.filter(), PageQuery.of(page, size, sort));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Record a mobility", description = "409 when the institution already has the same "
            + "mobility: same direction, person (identifier, else names and birth date), start date and country.")
    ResponseEntity<Mobility> create(@RequestBody MobilityDraft draft) {
        Mobility created = records.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/mobility/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'VIEWER')")
    @Operation(summary = "One mobility record; without the person for viewers")
    Mobility get(@PathVariable long id) {
        return records.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Replace a mobility record", description = "Send the version you read; 409 when someone "
            + "changed the record since.")
    Mobility replace(@PathVariable long id, @RequestBody MobilityDraft draft) {
        return records.replace(id, draft);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a mobility record and its person", description = "With version, 409 when "
            + "someone changed the record since.")
    void delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        records.delete(id, version);
    }

    @GetMapping("/summary")
    @Operation(summary = "Counts by academic year, country, ISCED-F broad field and category, each by direction",
            description = "Records starting between from and to, cancelled ones left out; no personal data. "
                    + "scope=tenant (default) counts your institution; scope=all counts every institution "
                    + "(analysts and administrators).")
    MobilitySummary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "tenant or all") @RequestParam(required = false) String scope) {
        InputCheck check = new InputCheck();
        LocalDate fromDate = check.date("from", from, false);
        LocalDate toDate = check.date("to", to, false);
        check.notBefore("to", toDate, fromDate, "from");
        boolean all = "all".equals(scope);
        if (scope != null && !all && !"tenant".equals(scope)) {
            check.reject("scope", "must be tenant or all");
        }
        check.throwIfInvalid();
        return all ? records.summaryAcrossTenants(fromDate, toDate) : records.summary(fromDate, toDate);
    }
}
