package org.meridian.app.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.meridian.app.InputCheck;
import org.meridian.app.reference.Countries;
import org.meridian.core.partners.ContactRules;
import org.meridian.core.partners.InstitutionType;
import org.meridian.core.partners.NameKey;
import org.meridian.core.partners.OpenAlexInstitutionId;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;
import org.meridian.core.partners.RorId;
import org.springframework.stereotype.Component;

/** Checks a {@link PartnerInput} field by field and turns it into {@link PartnerFields}, or explains every problem. */
@Component
class PartnerValidation {

    static final int MAX_TAGS = 20;
    static final int MAX_CONTACTS = 50;

    private final Countries countries;

    PartnerValidation(Countries countries) {
        this.countries = countries;
    }

    PartnerFields check(PartnerInput input, boolean update) {
        InputCheck check = new InputCheck();
        if (update) {
            check.requireVersion(input.version());
        }
        PartnerKind kind = check.code("kind", input.kind(), PartnerKind.values(), PartnerKind::code, true);
        String name = check.requiredText("name", input.name(), 300);
        String nameZh = check.text("nameZh", input.nameZh(), 300);
        String country = country(check, input.country(), kind);
        String openalexId = check.text("openalexId", input.openalexId(), 100);
        if (openalexId != null) {
            openalexId = OpenAlexInstitutionId.parse(openalexId).map(OpenAlexInstitutionId::value).orElse(null);
            if (openalexId == null) {
                check.reject("openalexId", "invalid.openalex-id", "must be an OpenAlex institution id such as I27837315");
            }
        }
        String rorId = check.text("rorId", input.rorId(), 100);
        if (rorId != null) {
            rorId = RorId.parse(rorId).map(RorId::url).orElse(null);
            if (rorId == null) {
                check.reject("rorId", "invalid.ror-id", "must be a ROR id such as https://ror.org/00jmfr291 or 00jmfr291"
                        + " (its last two digits are a checksum)");
            }
        }
        String organisationCode = check.text("organisationCode", input.organisationCode(), 64);
        if (organisationCode != null && kind == PartnerKind.INSTITUTION) {
            check.reject("organisationCode", "invalid.organisation-code-of-institution",
                    "only international organisations have an organisation code");
        }
        InstitutionType type = check.code("institutionType", input.institutionType(), InstitutionType.values(),
                InstitutionType::code, false);
        RelationshipLevel level = check.code("level", input.level(), RelationshipLevel.values(),
                RelationshipLevel::code, false);
        List<String> tags = tags(check, input.tags());
        List<PartnerContact> contacts = contacts(check, input.contacts());
        String notes = check.text("notes", input.notes(), 4000);
        String website = check.text("website", input.website(), 500);
        if (website != null && !ContactRules.isWebsite(website)) {
            check.reject("website", "invalid.web-address", "must be an http or https address, e.g. https://www.fudan.edu.cn");
        }
        check.throwIfInvalid();
        return new PartnerFields(kind, name, nameZh, NameKey.of(name), country, openalexId, rorId, organisationCode,
                type, level == null ? RelationshipLevel.PROSPECTIVE : level, tags, contacts, notes, website);
    }

    private String country(InputCheck check, String given, PartnerKind kind) {
        String code = check.text("country", given, 10);
        if (code == null) {
            if (kind == PartnerKind.INSTITUTION) {
                check.reject("country", "invalid.country-required-for-institution",
                        "is required for an institution (ISO 3166-1 alpha-2, e.g. CN)");
            }
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !countries.exists(code)) {
            check.reject("country", "invalid.no-such-country", "must be an ISO 3166-1 alpha-2 code such as CN or DE; '"
                    + given + "' is none", given);
            return null;
        }
        return code;
    }

    private static List<String> tags(InputCheck check, List<String> given) {
        if (given == null) {
            return null;
        }
        TreeSet<String> tags = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            String tag = given.get(i) == null ? null : given.get(i).trim().toLowerCase(Locale.ROOT);
            if (ContactRules.isTag(tag)) {
                tags.add(tag);
            }
            else {
                check.reject("tags[" + i + "]", "invalid.tag", "must be lower-case words joined by hyphens, at most 40"
                        + " characters, e.g. belt-and-road");
            }
        }
        if (tags.size() > MAX_TAGS) {
            check.reject("tags", "invalid.too-many", "at most " + MAX_TAGS + " tags", MAX_TAGS);
        }
        return List.copyOf(tags);
    }

    private static List<PartnerContact> contacts(InputCheck check, List<PartnerContact> given) {
        if (given == null) {
            return null;
        }
        if (given.size() > MAX_CONTACTS) {
            check.reject("contacts", "invalid.too-many", "at most " + MAX_CONTACTS + " contacts", MAX_CONTACTS);
        }
        List<PartnerContact> contacts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "contacts[" + i + "]";
            PartnerContact contact = given.get(i);
            if (contact == null) {
                check.reject(field, "invalid.empty", "is empty");
                continue;
            }
            String name = check.requiredText(field + ".name", contact.name(), 200);
            String role = check.text(field + ".role", contact.role(), 200);
            String email = check.text(field + ".email", contact.email(), 254);
            if (email != null && !ContactRules.isEmail(email)) {
                check.reject(field + ".email", "invalid.email-address", "must be an e-mail address such as li.wei@fudan.edu.cn");
            }
            String phone = check.text(field + ".phone", contact.phone(), 40);
            if (phone != null && !ContactRules.isPhone(phone)) {
                check.reject(field + ".phone", "invalid.phone", "must be a telephone number such as +86 21 6564 2222");
            }
            contacts.add(new PartnerContact(name, role, email, phone));
        }
        return contacts;
    }
}
