package org.meridian.app.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.InvalidInput;
import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Countries and country groups, ISCED-F 2013 fields, the OpenAlex field taxonomy")
class ReferenceApi {

    private final Countries countries;
    private final CountryGroups groups;
    private final IscedFields iscedFields;
    private final ResearchTaxonomy taxonomy;

    ReferenceApi(Countries countries, CountryGroups groups, IscedFields iscedFields, ResearchTaxonomy taxonomy) {
        this.countries = countries;
        this.groups = groups;
        this.iscedFields = iscedFields;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/countries")
    @Operation(summary = "Countries, optionally only today's members of a group (e.g. OECD, BRI, EU, M49-142) and those in a UN M49 region, sub-region or intermediate region (e.g. 142, 030)")
    List<Country> countries(@RequestParam(required = false) String group, @RequestParam(required = false) String region) {
        if (group != null && groups.byCode(group).isEmpty()) {
            throw InvalidInput.of("group", "no country group has the code " + group + "; see /api/v1/reference/groups");
        }
        return countries.find(group, region);
    }

    @GetMapping("/countries/{alpha2}")
    @Operation(summary = "One country by ISO 3166-1 alpha-2 code")
    Country country(@PathVariable String alpha2) {
        return countries.byCode(alpha2).orElseThrow(() -> new RecordNotFound("country", alpha2));
    }

    @GetMapping("/countries/{alpha2}/groups")
    @Operation(summary = "The groups a country belongs to today")
    List<CountryGroup> groupsOfCountry(@PathVariable String alpha2) {
        country(alpha2);
        return groups.groupsOf(alpha2);
    }

    @GetMapping("/groups")
    @Operation(summary = "Country groups with their members today; kind: organisation, initiative, m49-region, m49-subregion, m49-intermediate-region")
    List<GroupWithMembers> groups(@RequestParam(required = false) String kind) {
        return groups.all(kind).stream()
                .map(group -> new GroupWithMembers(group, groups.membersOf(group.code()), null)).toList();
    }

    @GetMapping("/groups/{code}")
    @Operation(summary = "A country group: its members on a day (default today) and every membership with its dates")
    GroupWithMembers group(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        CountryGroup group = groups.byCode(code).orElseThrow(() -> new RecordNotFound("country group", code));
        return new GroupWithMembers(group, groups.membersOn(group.code(), on == null ? LocalDate.now() : on),
                groups.membershipsOf(group.code()));
    }

    @GetMapping("/isced")
    @Operation(summary = "ISCED-F 2013 fields, optionally of one level (broad, narrow, detailed) or under one parent code")
    List<IscedField> isced(@RequestParam(required = false) String level, @RequestParam(required = false) String parent) {
        if (level != null && !List.of("broad", "narrow", "detailed").contains(level)) {
            throw InvalidInput.of("level", "one of broad, narrow, detailed");
        }
        if (parent != null) {
            return iscedFields.childrenOf(parent).stream().filter(field -> level == null || level.equals(field.level()))
                    .toList();
        }
        return level == null ? iscedFields.all() : iscedFields.atLevel(level);
    }

    @GetMapping("/isced/tree")
    @Operation(summary = "ISCED-F 2013 as a tree: broad fields with their narrow fields with their detailed fields")
    List<IscedNode> iscedTree() {
        List<IscedField> all = iscedFields.all();
        Map<String, List<IscedField>> byParent = all.stream().filter(field -> field.parentCode() != null)
                .collect(Collectors.groupingBy(IscedField::parentCode));
        Function<IscedField, IscedNode> node = new Function<>() {
            @Override
            public IscedNode apply(IscedField field) {
                return new IscedNode(field.code(), field.level(), field.nameEn(), field.nameZh(),
                        byParent.getOrDefault(field.code(), List.of()).stream().map(this).toList());
            }
        };
        return all.stream().filter(field -> field.parentCode() == null).map(node).toList();
    }

    @GetMapping("/isced/{code}")
    @Operation(summary = "One ISCED-F 2013 field")
    IscedField iscedField(@PathVariable String code) {
        return iscedFields.byCode(code).orElseThrow(() -> new RecordNotFound("ISCED-F field", code));
    }

    @GetMapping("/taxonomy/domains")
    @Operation(summary = "The four OpenAlex domains")
    List<ResearchTaxonomy.Domain> domains() {
        return taxonomy.domains();
    }

    @GetMapping("/taxonomy/fields")
    @Operation(summary = "OpenAlex fields, optionally of one domain")
    List<ResearchTaxonomy.Field> fields(@RequestParam(required = false) Integer domain) {
        return taxonomy.fields(domain);
    }

    @GetMapping("/taxonomy/subfields")
    @Operation(summary = "OpenAlex subfields, optionally of one field")
    List<ResearchTaxonomy.Subfield> subfields(@RequestParam(required = false) Integer field) {
        return taxonomy.subfields(field);
    }

    @GetMapping("/taxonomy/topics")
    @Operation(summary = "OpenAlex topics, optionally of one subfield; paged, sortable by id or name")
    Page<ResearchTaxonomy.Topic> topics(@RequestParam(required = false) Integer subfield,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return taxonomy.topics(subfield, PageQuery.of(page, size, sort));
    }

    @GetMapping("/taxonomy/topics/{id}")
    @Operation(summary = "One OpenAlex topic, e.g. T10028")
    ResearchTaxonomy.Topic topic(@PathVariable String id) {
        return taxonomy.topic(id).orElseThrow(() -> new RecordNotFound("topic", id));
    }

    /** A group with the codes of its members on a day and, for a single group, every membership with dates. */
    record GroupWithMembers(CountryGroup group, List<String> members, List<CountryGroupMember> memberships) {
    }

    /** An ISCED-F field with the fields one level below it. */
    record IscedNode(String code, String level, String nameEn, String nameZh, List<IscedNode> children) {
    }
}
