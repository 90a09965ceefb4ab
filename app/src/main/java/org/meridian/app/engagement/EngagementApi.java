package org.meridian.app.engagement;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@RequestMapping("/api/v1/engagements")
@Tag(name = "Engagements", description = "Engagements with international organisations and institutions abroad: "
        + "seats, contributions, hosted conferences, joint initiatives, programmes abroad, open courses, adoptions")
class EngagementApi {

    private final EngagementRecords records;

    EngagementApi(EngagementRecords records) {
        this.records = records;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'VIEWER')")
    @Operation(summary = "List engagements", description = "Filters combine with and. Sort by startDate (default), "
            + "endDate, title, organisation, kind, role, country or id; prefix - for descending.")
    Page<Engagement> list(@ParameterObject EngagementQuery query, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return records.find(query.filter(), PageQuery.of(page, size, sort));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Record an engagement")
    ResponseEntity<Engagement> create(@RequestBody EngagementDraft draft) {
        Engagement created = records.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/engagements/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'VIEWER')")
    @Operation(summary = "One engagement")
    Engagement get(@PathVariable long id) {
        return records.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Replace an engagement", description = "Send the version you read; 409 when someone "
            + "changed the record since.")
    Engagement replace(@PathVariable long id, @RequestBody EngagementDraft draft) {
        return records.replace(id, draft);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an engagement", description = "With version, 409 when someone changed it since.")
    void delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        records.delete(id, version);
    }
}
