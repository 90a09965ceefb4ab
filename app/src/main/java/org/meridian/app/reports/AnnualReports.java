package org.meridian.app.reports;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.agreements.Agreement;
import org.meridian.app.agreements.AgreementFilter;
import org.meridian.app.agreements.AgreementParty;
import org.meridian.app.agreements.Agreements;
import org.meridian.app.engagement.Engagement;
import org.meridian.app.engagement.EngagementFilter;
import org.meridian.app.engagement.EngagementRecords;
import org.meridian.app.mobility.MobilityRecords;
import org.meridian.app.mobility.MobilitySummary;
import org.meridian.app.reference.Countries;
import org.meridian.app.reference.IscedFields;
import org.meridian.app.reports.ReportDocument.BarChart;
import org.meridian.app.reports.ReportDocument.Block;
import org.meridian.app.reports.ReportDocument.KeyFigure;
import org.meridian.app.reports.ReportDocument.KeyFigures;
import org.meridian.app.reports.ReportDocument.Paragraph;
import org.meridian.app.reports.ReportDocument.Section;
import org.meridian.app.reports.ReportDocument.Series;
import org.meridian.app.reports.ReportDocument.Table;
import org.meridian.app.security.Tenancy;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.engagement.EngagementKind;
import org.meridian.core.engagement.EngagementStanding;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Assembles the annual internationalisation report of the current institution for a calendar year, in
 * English or Chinese. Everything in it is read from the records; rows are ordered by count, then by key, so
 * the same data always gives the same report (the generation time aside).
 */
@Service
public class AnnualReports {

    private static final int TOP_COUNTRIES = 20;

    private final Tenancy tenancy;
    private final Tenants tenants;
    private final Agreements agreements;
    private final MobilityRecords mobility;
    private final EngagementRecords engagements;
    private final Countries countries;
    private final IscedFields iscedFields;
    private final MessageSource messages;

    AnnualReports(Tenancy tenancy, Tenants tenants, Agreements agreements, MobilityRecords mobility,
            EngagementRecords engagements, Countries countries, IscedFields iscedFields, MessageSource messages) {
        this.tenancy = tenancy;
        this.tenants = tenants;
        this.agreements = agreements;
        this.mobility = mobility;
        this.engagements = engagements;
        this.countries = countries;
        this.iscedFields = iscedFields;
        this.messages = messages;
    }

    public ReportDocument build(int year, Locale locale, ReportProgress progress) {
        Labels labels = new Labels(messages, locale);
        Tenant tenant = tenants.byId(tenancy.readableTenant()).orElseThrow();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Agreement> agreementsInForce = agreementsInForceDuring(year);
        progress.at(10);
        MobilitySummary summary = mobility.summary(from, to);
        MobilitySummary fiveYears = mobility.summary(LocalDate.of(year - 4, 9, 1), LocalDate.of(year + 1, 8, 31));
        progress.at(40);
        List<Engagement> engagementsOfYear = engagementsBegunIn(from, to);
        progress.at(60);

        List<Section> sections = new ArrayList<>();
        List<Block> overview = new ArrayList<>();
        if (tenant.demo()) {
            overview.add(new Paragraph(labels.get("report.demo")));
        }
        overview.add(new KeyFigures(List.of(
                new KeyFigure(labels.get("report.figure.agreementsActive"), labels.number(agreementsInForce.stream()
                        .filter(agreement -> agreement.status() == AgreementStatus.ACTIVE
                                || agreement.status() == AgreementStatus.EXPIRING).count())),
                new KeyFigure(labels.get("report.figure.agreementsExpiring"), labels.number(agreementsInForce.stream()
                        .filter(agreement -> agreement.status() == AgreementStatus.EXPIRING).count())),
                new KeyFigure(labels.get("report.figure.inbound"), labels.number(summary.total().inbound())),
                new KeyFigure(labels.get("report.figure.outbound"), labels.number(summary.total().outbound())),
                new KeyFigure(labels.get("report.figure.countries"), labels.number(summary.byCountry().size())),
                new KeyFigure(labels.get("report.figure.engagements"), labels.number(engagementsOfYear.size())))));
        overview.add(new Paragraph(labels.get("report.summary.period", from, to)));
        sections.add(new Section(labels.get("report.summary"), overview));
        sections.add(new Section(labels.get("report.agreements"), agreementBlocks(agreementsInForce, labels, locale)));
        sections.add(new Section(labels.get("report.mobility"), mobilityBlocks(summary, fiveYears, labels, locale)));
        progress.at(80);
        sections.add(new Section(labels.get("report.engagements"), engagementBlocks(engagementsOfYear, labels)));
        String name = "zh".equals(locale.getLanguage()) && tenant.nameZh() != null ? tenant.nameZh() : tenant.name();
        String generatedAt = labels.get("report.generatedAt",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        progress.at(90);
        return new ReportDocument(labels.get("report.annual.title", String.valueOf(year)), name, generatedAt, sections);
    }

    private List<Block> mobilityBlocks(MobilitySummary summary, MobilitySummary fiveYears, Labels labels,
            Locale locale) {
        List<Block> blocks = new ArrayList<>();
        List<MobilitySummary.Count> years = fiveYears.byAcademicYear();
        blocks.add(new BarChart(labels.get("report.mobility.fiveYears"),
                years.stream().map(MobilitySummary.Count::key).toList(),
                List.of(new Series(labels.get("report.series.inbound"),
                        years.stream().map(count -> (double) count.inbound()).toList()),
                        new Series(labels.get("report.series.outbound"),
                                years.stream().map(count -> (double) count.outbound()).toList()))));
        String language = locale.getLanguage();
        blocks.add(flowTable(labels.get("report.mobility.byCountry"), labels.get("report.column.country"),
                byTotal(summary.byCountry()).stream().limit(TOP_COUNTRIES).toList(), labels,
                code -> countries.byCode(code).map(country -> country.name(language)).orElse(code), true));
        blocks.add(new Paragraph(labels.get("report.balance.note")));
        blocks.add(flowTable(labels.get("report.mobility.byField"), labels.get("report.column.field"),
                byTotal(summary.byIscedBroadField()), labels,
                code -> iscedFields.byCode(code).map(field -> code + " " + field.name(language)).orElse(code), false));
        blocks.add(flowTable(labels.get("report.mobility.byCategory"), labels.get("report.column.category"),
                byTotal(summary.byCategory()), labels, code -> labels.get("report.category." + code), false));
        blocks.add(flowTable(labels.get("report.mobility.byLevel"), labels.get("report.column.level"),
                summary.byIscedLevel().stream().filter(count -> count.key() != null).toList(), labels,
                code -> labels.get("report.level." + code), false));
        blocks.add(flowTable(labels.get("report.mobility.byFunding"), labels.get("report.column.funding"),
                byTotal(summary.byFunding()), labels, code -> labels.get("report.funding." + code), false));
        return blocks;
    }

    private Table flowTable(String caption, String keyHeader, List<MobilitySummary.Count> counts, Labels labels,
            Function<String, String> name, boolean withBalance) {
        List<String> header = new ArrayList<>(List.of(keyHeader, labels.get("report.column.inbound"),
                labels.get("report.column.outbound"), labels.get("report.column.total")));
        if (withBalance) {
            header.add(labels.get("report.column.balance"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (MobilitySummary.Count count : counts) {
            List<String> row = new ArrayList<>(List.of(
                    count.key() == null ? labels.get("report.unknown") : name.apply(count.key()),
                    labels.number(count.inbound()), labels.number(count.outbound()), labels.number(count.total())));
            if (withBalance) {
                row.add(String.format(Locale.ROOT, "%+.2f",
                        (count.inbound() - count.outbound()) / (double) count.total()));
            }
            rows.add(row);
        }
        List<Integer> numeric = withBalance ? List.of(1, 2, 3, 4) : List.of(1, 2, 3);
        return new Table(caption, header, rows, numeric, labels.get("report.empty"));
    }

    private List<Block> agreementBlocks(List<Agreement> inForce, Labels labels, Locale locale) {
        Map<AgreementType, Long> byType = new EnumMap<>(AgreementType.class);
        Map<AgreementStatus, Long> byStatus = new EnumMap<>(AgreementStatus.class);
        Map<String, Long> byCountry = new java.util.TreeMap<>();
        for (Agreement agreement : inForce) {
            byType.merge(agreement.type(), 1L, Long::sum);
            byStatus.merge(agreement.status(), 1L, Long::sum);
            agreement.parties().stream().map(AgreementParty::country).filter(java.util.Objects::nonNull).distinct()
                    .forEach(country -> byCountry.merge(country, 1L, Long::sum));
        }
        String countHeader = labels.get("report.column.count");
        List<List<String>> typeRows = byType.entrySet().stream()
                .map(entry -> List.of(labels.get("report.agreementType." + entry.getKey().code()),
                        labels.number(entry.getValue()))).toList();
        List<List<String>> statusRows = byStatus.entrySet().stream()
                .map(entry -> List.of(labels.get("report.agreementStatus." + entry.getKey().code()),
                        labels.number(entry.getValue()))).toList();
        List<List<String>> countryRows = byCountry.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_COUNTRIES)
                .map(entry -> List.of(countries.byCode(entry.getKey()).map(country -> country.name(locale.getLanguage()))
                        .orElse(entry.getKey()), labels.number(entry.getValue()))).toList();
        return List.of(
                new Table(labels.get("report.agreements.byType"), List.of(labels.get("report.column.type"), countHeader),
                        typeRows, List.of(1), labels.get("report.empty")),
                new Table(labels.get("report.agreements.byStatus"),
                        List.of(labels.get("report.column.status"), countHeader), statusRows, List.of(1),
                        labels.get("report.empty")),
                new Table(labels.get("report.agreements.byCountry"),
                        List.of(labels.get("report.column.country"), countHeader), countryRows, List.of(1),
                        labels.get("report.empty")));
    }

    /** Agreements of the institution whose term overlaps the year, whatever their status now; drafts left out. */
    private List<Agreement> agreementsInForceDuring(int year) {
        List<Agreement> found = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<Agreement> batch = agreements.find(AgreementFilter.all(),
                    new PageQuery(page, PageQuery.MAX_SIZE, null, false));
            batch.items().stream()
                    .filter(agreement -> agreement.status() != AgreementStatus.DRAFT
                            && agreement.status() != AgreementStatus.NEGOTIATING)
                    .filter(agreement -> agreement.startDate() == null || agreement.startDate().getYear() <= year)
                    .filter(agreement -> agreement.endDate() == null || agreement.endDate().getYear() >= year)
                    .forEach(found::add);
            if (page + 1 >= batch.totalPages()) {
                break;
            }
        }
        found.sort(Comparator.comparingLong(Agreement::id));
        return found;
    }

    private List<Block> engagementBlocks(List<Engagement> engagementsOfYear, Labels labels) {
        Map<EngagementKind, long[]> byKind = new EnumMap<>(EngagementKind.class);
        for (Engagement engagement : engagementsOfYear) {
            long[] counts = byKind.computeIfAbsent(engagement.kind(), kind -> new long[3]);
            counts[engagement.standing().ordinal()]++;
        }
        List<List<String>> kindRows = new ArrayList<>();
        byKind.forEach((kind, counts) -> kindRows.add(List.of(labels.get("report.kind." + kind.code()),
                labels.number(counts[EngagementStanding.LED.ordinal()]),
                labels.number(counts[EngagementStanding.CONTRIBUTED.ordinal()]),
                labels.number(counts[EngagementStanding.ATTENDED.ordinal()]))));
        List<List<String>> listRows = engagementsOfYear.stream()
                .map(engagement -> List.of(String.valueOf(engagement.startDate()),
                        engagement.organisationName() == null ? "" : engagement.organisationName(),
                        engagement.title() == null ? "" : engagement.title(),
                        labels.get("report.kind." + engagement.kind().code()), engagement.role().code()))
                .toList();
        return List.of(
                new Table(labels.get("report.engagements.byKind"), List.of(labels.get("report.column.kind"),
                        labels.get("report.column.led"), labels.get("report.column.contributed"),
                        labels.get("report.column.attended")), kindRows, List.of(1, 2, 3), labels.get("report.empty")),
                new Table(labels.get("report.engagements.list"), List.of(labels.get("report.column.start"),
                        labels.get("report.column.organisation"), labels.get("report.column.title"),
                        labels.get("report.column.kind"), labels.get("report.column.role")), listRows, List.of(),
                        labels.get("report.empty")));
    }

    private List<Engagement> engagementsBegunIn(LocalDate from, LocalDate to) {
        List<Engagement> all = new ArrayList<>();
        EngagementFilter filter = new EngagementFilter(null, null, null, null, null, null, null, to, null);
        for (int page = 0;; page++) {
            Page<Engagement> found = engagements.find(filter, new PageQuery(page, PageQuery.MAX_SIZE, null, false));
            found.items().stream().filter(engagement -> !engagement.startDate().isBefore(from)).forEach(all::add);
            if (page + 1 >= found.totalPages()) {
                break;
            }
        }
        all.sort(Comparator.comparing(Engagement::startDate).thenComparing(Engagement::id));
        return all;
    }

    private static List<MobilitySummary.Count> byTotal(List<MobilitySummary.Count> counts) {
        return counts.stream().sorted(Comparator.comparingLong(MobilitySummary.Count::total).reversed()
                .thenComparing(MobilitySummary.Count::key, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** Report labels in one language, from {@code reports*.properties}. */
    private record Labels(MessageSource messages, Locale locale) {

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }

        String number(long value) {
            return String.format(locale, "%,d", value);
        }
    }
}
