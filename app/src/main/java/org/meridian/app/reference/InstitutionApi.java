package org.meridian.app.reference;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/reference")
@Tag(name = "Institutions and organisations", description = "The world registry of institutions and the international organisations; administrators edit them")
class InstitutionApi {

    private final Institutions institutions;
    private final EditingInstitutions editing;
    private final Organisations organisations;

    InstitutionApi(Institutions institutions, EditingInstitutions editing, Organisations organisations) {
        this.institutions = institutions;
        this.editing = editing;
        this.organisations = organisations;
    }

    @GetMapping("/institutions")
    @Operation(summary = "Search the registry: q = start of the English or Chinese name or of any word of it (case and accents do not matter); country = ISO alpha-2; type = education, company, nonprofit, healthcare, facility, government, archive, other; id = a Meridian, OpenAlex or ROR id. Paged; sort = name, country, type (prefix '-' for descending); with q the default order is relevance")
    Page<Institution> institutions(@RequestParam(required = false) String q,
            @RequestParam(required = false) String country, @RequestParam(required = false) String type,
            @RequestParam(required = false) String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        PageQuery pageQuery = PageQuery.of(page, size, sort);
        if (id != null && !id.isBlank()) {
            List<Institution> found = institutions.byAnyId(id).stream().toList();
            return new Page<>(found, pageQuery.page(), pageQuery.size(), found.size());
        }
        return institutions.search(new InstitutionQuery(q, country, type), pageQuery);
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "One institution by Meridian id (CN-a1461662bf), OpenAlex id (I99065089) or ROR id (03cve4549)")
    Institution institution(@PathVariable String id) {
        return institutions.byAnyId(id).orElseThrow(() -> new RecordNotFound("institution", id));
    }

    @PostMapping("/institutions")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an institution to the registry (administrators)")
    Institution addInstitution(@RequestBody InstitutionDraft draft) {
        return editing.add(draft);
    }

    @PutMapping("/institutions/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Correct an institution (administrators); send the version you read")
    Institution changeInstitution(@PathVariable String id, @RequestBody InstitutionDraft draft) {
        return editing.change(id, draft);
    }

    @GetMapping("/organisations")
    @Operation(summary = "International organisations; kind: intergovernmental, non-governmental, standard-body, association, alliance, forum")
    List<Organisation> organisations(@RequestParam(required = false) String kind) {
        return organisations.all(kind);
    }

    @GetMapping("/organisations/{code}")
    @Operation(summary = "One international organisation by code, e.g. UNESCO")
    Organisation organisation(@PathVariable String code) {
        return organisations.byCode(code).orElseThrow(() -> new RecordNotFound("organisation", code));
    }

    @PostMapping("/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an international organisation (administrators)")
    Organisation addOrganisation(@RequestBody Organisations.OrganisationDraft draft) {
        return organisations.add(draft);
    }

    @PutMapping("/organisations/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change an international organisation (administrators); send the version you read")
    Organisation changeOrganisation(@PathVariable String code, @RequestBody Organisations.OrganisationDraft draft) {
        return organisations.change(code, draft);
    }
}
