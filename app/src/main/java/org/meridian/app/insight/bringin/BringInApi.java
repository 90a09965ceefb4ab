package org.meridian.app.insight.bringin;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/insight/bring-in")
@Tag(name = "Bring in", description = "Gap analysis against the world's frontier, explained partner and talent"
        + " recommendations, and the shortlist that turns them into records")
class BringInApi {

    private static final String HOME = "an OpenAlex institution id (I27837315), a country code (CN), a group (oecd,"
            + " bri) or a comma-separated list; default: your institution";

    private final BringingIn bringingIn;
    private final Shortlisting shortlisting;

    BringInApi(BringingIn bringingIn, Shortlisting shortlisting) {
        this.bringingIn = bringingIn;
        this.shortlisting = shortlisting;
    }

    @GetMapping("/frontier")
    @Operation(summary = "The frontier of a field", description = "Topics by emergence score (growth and share of"
            + " highly cited works, with enough volume) inside a domain, field or subfield, or over all fields.")
    FrontierAnswer frontier(@Parameter(description = "OpenAlex domain, field or subfield id, e.g. 17")
            @RequestParam(required = false) String field, @RequestParam(defaultValue = "20") int k) {
        return bringingIn.frontier(field, bounded(k));
    }

    @GetMapping("/gaps")
    @Operation(summary = "Gap map of a home unit", description = "Every subfield with the home's p, MNCS, pp_top10"
            + " and activity index against the world, and its classes (strength, weakness, gap, intersection, high"
            + " demand) with the reason in numbers.")
    GapAnswer gaps(@Parameter(description = HOME) @RequestParam(required = false) String home) {
        return bringingIn.gaps(home);
    }

    @GetMapping("/partners")
    @Operation(summary = "Recommended partner institutions", description = "Ranked by strength in the target fields,"
            + " complementarity and feasibility, re-ranked for diversity; every factor in [0, 1].")
    PartnerAnswer partners(@Parameter(description = HOME) @RequestParam(required = false) String home,
            @Parameter(description = "target subfield ids; default: the home's weakness, gap, intersection and"
                    + " high-demand fields") @RequestParam(required = false) List<String> fields,
            @Parameter(description = "ISO alpha-2 codes") @RequestParam(required = false) Set<String> countries,
            @Parameter(description = "oecd, bri") @RequestParam(required = false) Set<String> groups,
            @Parameter(description = "OpenAlex institution types: education, facility, ...")
            @RequestParam(required = false) Set<String> types,
            @Parameter(description = "leave out your current partners")
            @RequestParam(defaultValue = "false") boolean excludePartners,
            @RequestParam(defaultValue = "10") int k,
            @Parameter(description = "weights changed from the defaults: name:weight pairs, comma-separated; names:"
                    + " strength, complementarity, feasibility, diversity, commonGround, coPublications, sharedPartners,"
                    + " proximity, agreements, mobility, openness", example = "complementarity:0.4,diversity:0.2")
            @RequestParam(required = false) String weights) {
        return bringingIn.partners(home, new PartnerSearch(orEmpty(fields), orEmpty(countries), orEmpty(groups),
                orEmpty(types), excludePartners, bounded(k), PartnerSearch.weights(weights)));
    }

    @GetMapping("/talent")
    @Operation(summary = "Recommended researchers", description = "Authors outside the home ranked by"
            + " field-normalised output in the target fields, top-10% works and ties to the home.")
    TalentAnswer talent(@Parameter(description = HOME) @RequestParam(required = false) String home,
            @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) Set<String> countries, @RequestParam(defaultValue = "10") int k) {
        return bringingIn.talent(home, orEmpty(fields), orEmpty(countries), bounded(k));
    }

    @GetMapping("/demand")
    @Operation(summary = "Your institution's own demand list", description = "The subfields your institution wants"
            + " to grow in and where the list comes from; the gap analysis marks them high demand.")
    DemandAnswer demand() {
        return bringingIn.ownDemand();
    }

    @PutMapping("/demand")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Replace your institution's own demand list", description = "OpenAlex subfield ids (four"
            + " digits, e.g. 1702) and the list's source (e.g. 'Strategic plan 2026-2030'), which every gap map"
            + " states.")
    DemandAnswer saveDemand(@RequestBody DemandRequest request) {
        return bringingIn.saveOwnDemand(request.source(), orEmpty(request.fields()));
    }

    /**
     * @param source where the list comes from
     * @param fields OpenAlex subfield ids
     */
    record DemandRequest(String source, List<String> fields) {
    }

    @PostMapping("/shortlist/partners")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Shortlist a recommended institution as a partner", description = "Creates a prospective"
            + " partner tagged 'recommended' (201), or returns the partner you already have for it (200).")
    ResponseEntity<Shortlisting.ShortlistedPartner> shortlistPartner(@RequestBody ShortlistRequest request) {
        Shortlisting.ShortlistedPartner shortlisted = shortlisting.partner(request.institutionId(), request.reason());
        URI location = URI.create("/api/v1/partners/" + shortlisted.partner().id());
        return shortlisted.created() ? ResponseEntity.created(location).body(shortlisted)
                : ResponseEntity.ok().location(location).body(shortlisted);
    }

    @PostMapping("/shortlist/agreements")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Draft an agreement with a recommended institution", description = "Creates the partner if"
            + " needed and a draft research-cooperation agreement whose ISCED-F fields come from the target fields"
            + " where a mapping exists; fields without one are listed in unmappedFields.")
    ResponseEntity<Shortlisting.ShortlistedAgreement> shortlistAgreement(@RequestBody ShortlistRequest request) {
        Shortlisting.ShortlistedAgreement drafted = shortlisting.agreement(request.institutionId(), request.fields(),
                request.title());
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + drafted.agreement().id())).body(drafted);
    }

    /**
     * @param institutionId the recommended institution's OpenAlex id
     * @param fields        target field ids (any level) to carry over as ISCED-F codes (agreements only)
     * @param title         the agreement's title (default: "Research cooperation with NAME")
     * @param reason        why it was recommended, kept in the partner's notes
     */
    record ShortlistRequest(String institutionId, List<String> fields, String title, String reason) {
    }

    private static int bounded(int k) {
        if (k < 1 || k > 200) {
            throw org.meridian.app.InvalidInput.of("k", "must be between 1 and 200");
        }
        return k;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
