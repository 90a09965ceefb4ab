package org.meridian.app.mobility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.InvalidInput;
import org.meridian.app.imports.ImportColumn;
import org.meridian.app.imports.ImportRow;
import org.meridian.app.imports.ImportType;
import org.meridian.app.imports.ValueParser;
import org.meridian.app.imports.Written;
import org.springframework.stereotype.Component;

/**
 * Mobility records from a spreadsheet, one row per mobility, with English or Chinese headers. Codes may be
 * written in either language ({@code outbound} or {@code 出国}, {@code student} or {@code 学生}). Each row is
 * checked exactly as the form and the API check a record. The natural key is the one of
 * {@link org.meridian.core.mobility.MobilityNaturalKey}: direction, person (student or staff number, else
 * names and birth date), start date and country; a row whose key the institution already holds updates that
 * record, so importing the same file twice leaves one record per row.
 */
@Component
class MobilityImport implements ImportType<ValidMobility> {

    private static final Map<String, String> DIRECTIONS = spellings("inbound", "inbound", "来华", "inbound", "来访",
            "inbound", "接收", "inbound", "outbound", "outbound", "出国", "outbound", "出访", "outbound", "派出",
            "outbound");
    private static final Map<String, String> CATEGORIES = spellings("student", "student", "学生", "student",
            "staff-teaching", "staff-teaching", "教师授课", "staff-teaching", "staff-training", "staff-training",
            "教职工培训", "staff-training", "visiting-scholar", "visiting-scholar", "访问学者", "visiting-scholar");
    private static final Map<String, Long> LEVELS = spellings("5", 5L, "6", 6L, "7", 7L, "8", 8L, "专科", 5L, "本科",
            6L, "硕士", 7L, "博士", 8L, "short-cycle", 5L, "bachelor", 6L, "master", 7L, "doctoral", 8L);
    private static final Map<String, String> FUNDING = spellings("government-scholarship", "government-scholarship",
            "政府奖学金", "government-scholarship", "institutional", "institutional", "学校资助", "institutional",
            "partner-funded", "partner-funded", "合作方资助", "partner-funded", "self-funded", "self-funded", "自费",
            "self-funded", "other", "other", "其他", "other");
    private static final Map<String, String> GENDERS = spellings("female", "female", "女", "female", "male", "male",
            "男", "male", "other", "other", "其他", "other");
    private static final Map<String, Boolean> YES_NO = spellings("yes", true, "是", true, "true", true, "no", false,
            "否", false, "false", false);

    /** Field names of {@link MobilityValidation} messages to column keys of this import. */
    private static final String PERSON_PREFIX = "person.";

    private final MobilityValidation validation;
    private final MobilityRecords records;

    MobilityImport(MobilityValidation validation, MobilityRecords records) {
        this.validation = validation;
        this.records = records;
    }

    @Override
    public String name() {
        return "mobility";
    }

    @Override
    public String titleKey() {
        return "import.type.mobility";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("direction", "Direction", "方向", ValueParser.oneOf(DIRECTIONS)),
                ImportColumn.required("category", "Category", "类别", ValueParser.oneOf(CATEGORIES)),
                ImportColumn.optional("iscedLevel", "ISCED level", "学历层次", ValueParser.oneOf(LEVELS)),
                ImportColumn.required("country", "Country", "国家或地区", ValueParser.TEXT),
                ImportColumn.required("startDate", "Start date", "开始日期", ValueParser.DATE),
                ImportColumn.required("endDate", "End date", "结束日期", ValueParser.DATE),
                ImportColumn.optional("academicYear", "Academic year", "学年", ValueParser.TEXT),
                ImportColumn.optional("programme", "Programme", "项目名称", ValueParser.TEXT),
                ImportColumn.required("funding", "Funding", "经费来源", ValueParser.oneOf(FUNDING)),
                ImportColumn.optional("fundingBody", "Funding body", "资助机构", ValueParser.TEXT),
                ImportColumn.optional("iscedField", "ISCED field", "学科领域", ValueParser.TEXT),
                ImportColumn.optional("partnerId", "Partner ID", "合作伙伴编号", ValueParser.INTEGER),
                ImportColumn.optional("agreementId", "Agreement ID", "协议编号", ValueParser.INTEGER),
                ImportColumn.required("familyName", "Family name", "姓", ValueParser.TEXT),
                ImportColumn.optional("givenName", "Given name", "名", ValueParser.TEXT),
                ImportColumn.optional("gender", "Gender", "性别", ValueParser.oneOf(GENDERS)),
                ImportColumn.required("nationality", "Nationality", "国籍", ValueParser.TEXT),
                ImportColumn.optional("birthDate", "Birth date", "出生日期", ValueParser.DATE),
                ImportColumn.optional("email", "E-mail", "电子邮箱", ValueParser.TEXT),
                ImportColumn.optional("personIdentifier", "Student or staff number", "学号或工号", ValueParser.TEXT),
                ImportColumn.optional("cancelled", "Cancelled", "已取消", ValueParser.oneOf(YES_NO)));
    }

    @Override
    public ValidMobility parse(ImportRow row) {
        Long level = row.value("iscedLevel");
        MobilityDraft.PersonDraft person = new MobilityDraft.PersonDraft(row.value("familyName"),
                row.value("givenName"), row.value("gender"), row.value("nationality"), text(row.value("birthDate")),
                row.value("email"), row.value("personIdentifier"));
        MobilityDraft draft = new MobilityDraft(row.value("direction"), row.value("category"),
                level == null ? null : level.intValue(), row.value("partnerId"), row.value("country"),
                row.value("agreementId"), row.value("iscedField"), text(row.value("startDate")),
                text(row.value("endDate")), row.value("academicYear"), row.value("programme"), row.value("funding"),
                row.value("fundingBody"), row.value("cancelled"), person, null);
        try {
            return validation.validate(draft);
        }
        catch (InvalidInput invalid) {
            for (InvalidInput.FieldError error : invalid.errors()) {
                String field = error.field().startsWith(PERSON_PREFIX)
                        ? error.field().substring(PERSON_PREFIX.length()) : error.field();
                row.reject(field, error);
            }
            return null;
        }
    }

    @Override
    public String naturalKey(ValidMobility mobility) {
        return mobility.naturalKey();
    }

    @Override
    public Written write(List<ValidMobility> batch) {
        int created = 0;
        for (ValidMobility mobility : batch) {
            if (records.store(mobility)) {
                created++;
            }
        }
        return new Written(created, batch.size() - created);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> spellings(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            map.put((String) pairs[index], (V) pairs[index + 1]);
        }
        return map;
    }
}
