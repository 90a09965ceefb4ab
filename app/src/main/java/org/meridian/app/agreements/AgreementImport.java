package org.meridian.app.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.meridian.app.InvalidInput;
import org.meridian.app.PageQuery;
import org.meridian.app.imports.ImportColumn;
import org.meridian.app.imports.ImportRow;
import org.meridian.app.imports.ImportType;
import org.meridian.app.imports.ValueParser;
import org.meridian.app.imports.Written;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.PartnerFilter;
import org.meridian.app.partners.Partners;
import org.meridian.core.partners.NameKey;
import org.springframework.stereotype.Component;

/**
 * Agreements from a spreadsheet, one row per agreement, with English or Chinese headers. Partners are named by
 * their OpenAlex id, ROR id or name as recorded (the first in {@code Partner}, any others in {@code Other
 * partners}, separated by semicolons); they must be recorded before.
 * <p>
 * The natural key is the title (compared by {@link NameKey}: case, accents and punctuation ignored), the first
 * partner and the start date. A row whose key the institution already holds updates that agreement's terms (not
 * its status, which changes only through transitions), so importing the same file twice leaves one agreement
 * per row.
 */
@Component
class AgreementImport implements ImportType<AgreementImport.ValidAgreement> {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("mou", "mou"),
            Map.entry("合作备忘录", "mou"), Map.entry("student-exchange", "student-exchange"),
            Map.entry("学生交流", "student-exchange"), Map.entry("staff-exchange", "staff-exchange"),
            Map.entry("教职工交流", "staff-exchange"), Map.entry("joint-degree", "joint-degree"),
            Map.entry("联合或双学位", "joint-degree"), Map.entry("joint-institute", "joint-institute"),
            Map.entry("联合学院", "joint-institute"), Map.entry("research-cooperation", "research-cooperation"),
            Map.entry("科研合作", "research-cooperation"), Map.entry("short-programme", "short-programme"),
            Map.entry("短期项目", "short-programme"));
    private static final Map<String, String> STATUSES = Map.of("draft", "draft", "草稿", "draft", "negotiating",
            "negotiating", "洽谈中", "negotiating", "active", "active", "生效中", "active");

    /** A row that passed every check: the input and the key parts it is found again by. */
    record ValidAgreement(AgreementInput input, String titleKey, long firstPartnerId, LocalDate startDate) {
    }

    private final AgreementValidation validation;
    private final Agreements agreements;
    private final RecordingAgreements recording;
    private final Partners partners;

    AgreementImport(AgreementValidation validation, Agreements agreements, RecordingAgreements recording,
            Partners partners) {
        this.validation = validation;
        this.agreements = agreements;
        this.recording = recording;
        this.partners = partners;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public String titleKey() {
        return "import.type.agreements";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("title", "Title", "协议名称", ValueParser.TEXT),
                ImportColumn.required("type", "Type", "类型", ValueParser.oneOf(TYPES)),
                ImportColumn.optional("status", "Status", "状态", ValueParser.oneOf(STATUSES)),
                ImportColumn.required("partner", "Partner", "合作伙伴", ValueParser.TEXT),
                ImportColumn.optional("otherPartners", "Other partners", "其他合作伙伴", ValueParser.TEXT),
                ImportColumn.optional("signingDate", "Signing date", "签署日期", ValueParser.DATE),
                ImportColumn.required("startDate", "Start date", "生效日期", ValueParser.DATE),
                ImportColumn.optional("endDate", "End date", "截止日期", ValueParser.DATE),
                ImportColumn.optional("iscedFields", "ISCED fields", "学科领域", ValueParser.TEXT),
                ImportColumn.optional("homeSignatory", "Our signatory", "我方签署人", ValueParser.TEXT),
                ImportColumn.optional("notes", "Notes", "备注", ValueParser.TEXT));
    }

    @Override
    public ValidAgreement parse(ImportRow row) {
        List<Long> partnerIds = new ArrayList<>();
        Optional<Partner> first = partner(row.value("partner"));
        if (first.isEmpty()) {
            row.reject("partner", "import.problem.noPartner");
            return null;
        }
        partnerIds.add(first.get().id());
        String others = row.value("otherPartners");
        if (others != null) {
            for (String named : others.split("[;；]")) {
                if (named.isBlank()) {
                    continue;
                }
                Optional<Partner> other = partner(named.strip());
                if (other.isEmpty()) {
                    row.reject("otherPartners", "import.problem.noPartnerNamed", named.strip());
                    return null;
                }
                partnerIds.add(other.get().id());
            }
        }
        String fields = row.value("iscedFields");
        AgreementInput input = new AgreementInput(row.value("title"), row.value("type"), row.value("status"),
                text(row.value("signingDate")), text(row.value("startDate")), text(row.value("endDate")), null,
                row.value("homeSignatory"),
                partnerIds.stream().map(id -> new AgreementInput.Party(id, null, null)).toList(),
                fields == null ? List.of() : Arrays.stream(fields.split("[,，;；\\s]+")).filter(f -> !f.isBlank())
                        .toList(),
                List.of(), List.of(), row.value("notes"), null);
        try {
            validation.check(input, false);
        }
        catch (InvalidInput invalid) {
            for (InvalidInput.FieldError error : invalid.errors()) {
                row.reject(error.field().startsWith("parties") ? "partner" : error.field(), error);
            }
            return null;
        }
        return new ValidAgreement(input, NameKey.of(input.title()), first.get().id(), row.value("startDate"));
    }

    @Override
    public String naturalKey(ValidAgreement agreement) {
        return agreement.titleKey() + "|" + agreement.firstPartnerId() + "|" + agreement.startDate();
    }

    @Override
    public Written write(List<ValidAgreement> batch) {
        int created = 0;
        for (ValidAgreement row : batch) {
            Optional<Agreement> existing = existing(row);
            if (existing.isEmpty()) {
                recording.register(row.input());
                created++;
            }
            else {
                AgreementInput input = row.input();
                Agreement before = existing.get();
                recording.revise(before.id(), new AgreementInput(input.title(), input.type(), null,
                        input.signingDate(), input.startDate(), input.endDate(), before.homeRole().code(),
                        input.homeSignatory(), input.parties(), input.iscedFields(),
                        before.academicYears().stream().map(year -> year.id()).toList(),
                        before.quotas().stream().map(quota -> new AgreementInput.Quota(quota.academicYear().id(),
                                quota.direction().code(), quota.category().code(), quota.people(),
                                quota.monthsPerPerson())).toList(),
                        input.notes(), before.version()));
            }
        }
        return new Written(created, batch.size() - created);
    }

    private Optional<Agreement> existing(ValidAgreement row) {
        return agreements.find(new AgreementFilter(null, null, Set.of(), row.firstPartnerId(), null, null, null,
                null), PageQuery.of(0, PageQuery.MAX_SIZE, null)).items().stream()
                .filter(agreement -> NameKey.of(agreement.title()).equals(row.titleKey())
                        && row.startDate().equals(agreement.startDate())
                        && !agreement.parties().isEmpty()
                        && agreement.parties().get(0).partnerId() == row.firstPartnerId())
                .findFirst();
    }

    /** The recorded partner with this OpenAlex id, ROR id, or English or Chinese name. */
    private Optional<Partner> partner(String named) {
        String key = NameKey.of(named);
        return partners.find(new PartnerFilter(named, null, null, null, null), PageQuery.of(0, 50, null)).items()
                .stream().filter(partner -> named.equalsIgnoreCase(partner.openalexId())
                        || named.equalsIgnoreCase(partner.rorId()) || key.equals(NameKey.of(partner.name()))
                        || partner.nameZh() != null && key.equals(NameKey.of(partner.nameZh())))
                .findFirst();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
