package org.meridian.app.partners;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.InputCheck;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;
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
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "Institutions and international organisations your institution works with")
class PartnerApi {

    private final Partners partners;
    private final RecordingPartners recording;

    PartnerApi(Partners partners, RecordingPartners recording) {
        this.partners = partners;
        this.recording = recording;
    }

    @GetMapping
    @Operation(summary = "List partners", description = "Filters combine with AND. Sort by name, country, kind, level,"
            + " createdAt or updatedAt; prefix with - for descending order.")
    Page<Partner> list(
            @Parameter(description = "part of the English or Chinese name, or an OpenAlex or ROR id")
            @RequestParam(required = false) String q,
            @Parameter(description = "ISO 3166-1 alpha-2 code, e.g. DE") @RequestParam(required = false) String country,
            @Parameter(description = "institution or organisation") @RequestParam(required = false) String kind,
            @Parameter(description = "prospective, contact, partner or strategic")
            @RequestParam(required = false) String level,
            @Parameter(description = "a tag, e.g. belt-and-road") @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        InputCheck check = new InputCheck();
        PartnerKind kindCode = check.code("kind", kind, PartnerKind.values(), PartnerKind::code, false);
        RelationshipLevel levelCode = check.code("level", level, RelationshipLevel.values(), RelationshipLevel::code,
                false);
        check.throwIfInvalid();
        PartnerFilter filter = new PartnerFilter(q, country == null || country.isBlank() ? null
                : country.trim().toUpperCase(Locale.ROOT), kindCode, levelCode,
                tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(Locale.ROOT));
        return partners.find(filter, PageQuery.of(page, size, sort));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner", description = "Contacts are null for roles that may not see personal data.")
    Partner one(@PathVariable long id) {
        return partners.require(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Add a partner", description = "Refused with 409 when the partner is already recorded"
            + " (same OpenAlex id, ROR id, organisation code, or name and country).")
    ResponseEntity<Partner> create(@RequestBody PartnerInput input) {
        Partner created = recording.register(input);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Change a partner", description = "Send the version you read; a stale version gets 409."
            + " Tags or contacts left out stay as they are.")
    Partner update(@PathVariable long id, @RequestBody PartnerInput input) {
        return recording.revise(id, input);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a partner", description = "Refused with 409 while agreements or other records refer"
            + " to it.")
    void delete(@PathVariable long id) {
        recording.remove(id);
    }
}
