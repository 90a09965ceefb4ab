package org.meridian.app.partners;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.meridian.app.InvalidInput;
import org.meridian.app.imports.ImportColumn;
import org.meridian.app.imports.ImportRow;
import org.meridian.app.imports.ImportType;
import org.meridian.app.imports.ValueParser;
import org.meridian.app.imports.Written;
import org.meridian.core.partners.NameKey;
import org.springframework.stereotype.Component;

/**
 * Partners from a spreadsheet, one row per partner, with English or Chinese headers; kinds and relationship
 * levels may be written in either language. Each row is checked as the form and the API check a partner.
 * <p>
 * The natural key is the partner's OpenAlex id when the row has one, else its ROR id, else its name (compared
 * by {@link NameKey}: case, accents and punctuation ignored) with its country. A row whose partner the
 * institution already holds (the same OpenAlex id, ROR id, organisation code, or name and country) updates it,
 * so importing the same file twice leaves one partner per row.
 */
@Component
class PartnerImport implements ImportType<PartnerImport.ValidPartner> {

    private static final Map<String, String> KINDS = Map.of("institution", "institution", "机构", "institution",
            "organisation", "organisation", "organization", "organisation", "国际组织", "organisation");
    private static final Map<String, String> LEVELS = Map.of("prospective", "prospective", "潜在伙伴", "prospective",
            "contact", "contact", "已建立联系", "contact", "partner", "partner", "合作伙伴", "partner", "strategic",
            "strategic", "战略合作伙伴", "strategic");

    /** A row that passed every check, with the fields as they will be stored. */
    record ValidPartner(PartnerInput input, PartnerFields fields) {
    }

    private final PartnerValidation validation;
    private final JdbcPartners partners;
    private final RecordingPartners recording;

    PartnerImport(PartnerValidation validation, JdbcPartners partners, RecordingPartners recording) {
        this.validation = validation;
        this.partners = partners;
        this.recording = recording;
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public String titleKey() {
        return "import.type.partners";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "Name", "名称", ValueParser.TEXT),
                ImportColumn.optional("nameZh", "Chinese name", "中文名称", ValueParser.TEXT),
                ImportColumn.optional("kind", "Kind", "类别", ValueParser.oneOf(KINDS)),
                ImportColumn.optional("country", "Country", "国家或地区", ValueParser.TEXT),
                ImportColumn.optional("openalexId", "OpenAlex id", "OpenAlex 编号", ValueParser.TEXT),
                ImportColumn.optional("rorId", "ROR id", "ROR 编号", ValueParser.TEXT),
                ImportColumn.optional("organisationCode", "Organisation code", "组织代码", ValueParser.TEXT),
                ImportColumn.optional("institutionType", "Type of institution", "机构类型", ValueParser.TEXT),
                ImportColumn.optional("level", "Relationship", "合作关系", ValueParser.oneOf(LEVELS)),
                ImportColumn.optional("tags", "Tags", "标签", ValueParser.TEXT),
                ImportColumn.optional("website", "Website", "网站", ValueParser.TEXT),
                ImportColumn.optional("notes", "Notes", "备注", ValueParser.TEXT));
    }

    @Override
    public ValidPartner parse(ImportRow row) {
        String kind = row.value("kind");
        String tags = row.value("tags");
        PartnerInput input = new PartnerInput(kind == null ? "institution" : kind, row.value("name"),
                row.value("nameZh"), row.value("country"), row.value("openalexId"), row.value("rorId"),
                row.value("organisationCode"), lowerCase(row.value("institutionType")), row.value("level"),
                tags == null ? List.of() : Arrays.stream(tags.split("[,，;；]")).map(String::strip)
                        .filter(tag -> !tag.isEmpty()).toList(),
                null, row.value("notes"), row.value("website"), null);
        try {
            return new ValidPartner(input, validation.check(input, false));
        }
        catch (InvalidInput invalid) {
            for (InvalidInput.FieldError error : invalid.errors()) {
                row.reject(error.field(), error);
            }
            return null;
        }
    }

    @Override
    public String naturalKey(ValidPartner partner) {
        PartnerFields fields = partner.fields();
        if (fields.openalexId() != null) {
            return "openalex:" + fields.openalexId();
        }
        if (fields.rorId() != null) {
            return "ror:" + fields.rorId();
        }
        return "name:" + NameKey.of(fields.name()) + "|" + (fields.country() == null ? "" : fields.country());
    }

    @Override
    public Written write(List<ValidPartner> batch) {
        int created = 0;
        for (ValidPartner partner : batch) {
            Partner existing = partners.sameAs(partner.fields(), null).orElse(null);
            if (existing == null) {
                recording.register(partner.input());
                created++;
            }
            else {
                PartnerInput input = partner.input();
                recording.revise(existing.id(), new PartnerInput(input.kind(), input.name(), input.nameZh(),
                        input.country(), input.openalexId(), input.rorId(), input.organisationCode(),
                        input.institutionType(), input.level(), input.tags(), null, input.notes(), input.website(),
                        existing.version()));
            }
        }
        return new Written(created, batch.size() - created);
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
