package org.meridian.app.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordNotFound;
import org.meridian.app.security.Tenant;
import org.meridian.app.security.Tenants;
import org.meridian.core.balance.BalanceRow;
import org.meridian.core.balance.BalanceScope;
import org.meridian.core.balance.BalanceSheet;
import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelWeights;
import org.meridian.core.statistics.Country;
import org.meridian.core.statistics.CountryDirectory;
import org.meridian.core.statistics.NationalBalanceFlows;
import org.meridian.core.statistics.NationalMobility;
import org.meridian.core.statistics.ShippedStatistics;
import org.springframework.stereotype.Service;

/**
 * Balances of bringing in and going global ({@link BalanceSheet}) per channel, partner country, group and year:
 * of the home institution from its records ({@link InstitutionFigures}), of a country from the national statistics
 * (students only: UIS totals, OECD flows per partner country where both directions are reported).
 */
@Service
public class Balances {

    private final InstitutionFigures institutions;
    private final NationalStatistics statistics;
    private final Tenants tenants;
    private final InsightCache cache;

    Balances(InstitutionFigures institutions, NationalStatistics statistics, Tenants tenants, InsightCache cache) {
        this.cache = cache;
        this.institutions = institutions;
        this.statistics = statistics;
        this.tenants = tenants;
    }

    /** The current user's home institution over {@code fromYear..toYear} (null: all years with records). */
    public BalanceReport home(Integer fromYear, Integer toYear) {
        long tenantId = institutions.homeTenant();
        return cache.get("balance", Arrays.asList(tenantId, fromYear, toYear), () -> home(tenantId, fromYear, toYear));
    }

    private BalanceReport home(long tenantId, Integer fromYear, Integer toYear) {
        Tenant tenant = tenants.byId(tenantId).orElseThrow(() -> new RecordNotFound("tenant", tenantId));
        ScholarlyFigures.Publications publications = institutions.publications(tenantId);
        BalanceSheet sheet = BalanceSheet.of(institutions.flows(tenantId, publications), statistics.groups(),
                ChannelWeights.equal());
        List<BalanceReport.ChannelInfo> channels = new ArrayList<>();
        List<InsightNote> notes = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            boolean measured = switch (channel) {
                case PROGRAMMES -> institutions.programmesBroughtInAvailable();
                case RESEARCH -> publications.measured();
                default -> true;
            };
            String source = switch (channel) {
                case STUDENTS, STAFF_AND_SCHOLARS -> "mobility records";
                case GOVERNANCE -> "engagement records";
                case PROGRAMMES -> "engagement records (going global); agreements (brought in)";
                case RESEARCH -> publications.institutionId() == null ? "analytics store of publications"
                        : "analytics store of publications (OpenAlex " + publications.institutionId() + ")";
            };
            channels.add(info(channel, source, measured));
        }
        if (!institutions.programmesBroughtInAvailable()) {
            notes.add(InsightNote.of("insight.balance.note.programmesGoingGlobalOnly", "Programmes: joint programmes"
                    + " and institutes brought in come from agreements, which are not yet recorded in Meridian; the"
                    + " programmes index counts the going-global side only."));
        }
        notes.add(researchNote(publications));
        notes.add(InsightNote.of("insight.balance.note.governance", "Governance: engagements where the institution was"
                + " member or contributor count on neither side."));
        return report("home", Long.toString(tenantId), tenant.name(), sheet, null, fromYear, toYear, channels, notes,
                "records");
    }

    /** A country's students channel from the statistics over {@code fromYear..toYear} (null: all years). */
    public BalanceReport country(String alpha2, Integer fromYear, Integer toYear) {
        if (alpha2 == null || alpha2.isBlank()) {
            throw InvalidInput.of("country", "is required with scope=country, e.g. CN");
        }
        String code = alpha2.trim().toUpperCase(Locale.ROOT);
        ShippedStatistics shipped = statistics.statistics();
        Country country = shipped.countries().byAlpha2(code).orElseThrow(() -> new RecordNotFound("country", code));
        Map<String, Set<String>> groups = statistics.groups();
        BalanceSheet totals = BalanceSheet.of(NationalBalanceFlows.students(NationalMobility.of(code, shipped.uis(),
                shipped.inboundMobilityRates(), shipped.outboundMobilityRatios())), groups, ChannelWeights.equal());
        BalanceSheet byPartner = BalanceSheet.of(NationalBalanceFlows.studentsByPartner(code,
                shipped.oecdFlows().records()), groups, ChannelWeights.equal());
        List<BalanceReport.ChannelInfo> channels = List.of(info(Channel.STUDENTS, "uis (all partners), oecd (per "
                + "partner country and group)", true));
        int oneSided = NationalBalanceFlows.oneSidedPartners(code, shipped.oecdFlows().records()).size();
        List<InsightNote> notes = List.of(InsightNote.of("insight.balance.note.nationalStudentsOnly",
                "Only the students channel has national statistics. Totals: UIS inbound and outbound (outbound = "
                        + "inbound - net flow). Partner countries and groups: OECD flows 2013-2019, only partners "
                        + "where both directions are reported that year (" + oneSided
                        + " partners with one direction only are left out).", oneSided));
        return report("country", code, country.nameEnglish(), totals, byPartner, fromYear, toYear, channels, notes,
                "uis");
    }

    private BalanceReport report(String scope, String unitId, String unitName, BalanceSheet sheet,
            BalanceSheet partnerSheet, Integer fromYear, Integer toYear, List<BalanceReport.ChannelInfo> channels,
            List<InsightNote> notes, String source) {
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw InvalidInput.of("to", "must not be before from");
        }
        List<Integer> years = new ArrayList<>(sheet.years());
        if (partnerSheet != null) {
            years.addAll(partnerSheet.years());
        }
        int first = fromYear != null ? fromYear : years.stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = toYear != null ? toYear : years.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<BalanceReport.Row> period = new ArrayList<>();
        List<BalanceReport.Row> byYear = new ArrayList<>();
        if (!years.isEmpty()) {
            // the partner sheet's all-partners row sums two-sided partners only: the totals stand for all partners
            Predicate<BalanceScope.Kind> partnerRows = kind -> kind != BalanceScope.Kind.ALL;
            period.addAll(rows(sheet.rows(first, last), source, kind -> true));
            if (partnerSheet != null) {
                period.addAll(rows(partnerSheet.rows(first, last), "oecd", partnerRows));
            }
            for (int year = first; year <= last; year++) {
                byYear.addAll(rows(sheet.rows(year, year), source, kind -> true));
                if (partnerSheet != null) {
                    byYear.addAll(rows(partnerSheet.rows(year, year), "oecd", partnerRows));
                }
            }
        }
        // Integer.valueOf: a conditional of Integer and int would unbox a null fromYear
        return new BalanceReport(scope, unitId, unitName, years.isEmpty() ? fromYear : Integer.valueOf(first),
                years.isEmpty() ? toYear : Integer.valueOf(last), channels, period, byYear, notes);
    }

    /**
     * "Research: ", what the publication figures are read from or why there are none, and what follows for the
     * index. Its code is that of the publications' note in {@code insight.balance.note.research.*}: the bundles hold
     * the whole sentence for each of them ({@code insight.publications.read} becomes
     * {@code insight.balance.note.research.read}), with the same arguments.
     */
    private static InsightNote researchNote(ScholarlyFigures.Publications publications) {
        InsightNote figures = publications.note();
        String code = "insight.balance.note.research." + figures.code().substring(figures.code().lastIndexOf('.') + 1);
        String text = "Research: " + figures.text() + (publications.measured()
                ? " Led at home: a corresponding author of the institution; led by the partner: the corresponding"
                        + " author abroad. A work with several partner countries counts in the all-partners total only."
                : " The research channel is left out of the overall index.");
        return new InsightNote(code, figures.arguments(), text);
    }

    private List<BalanceReport.Row> rows(List<BalanceRow> rows, String source, Predicate<BalanceScope.Kind> kept) {
        CountryDirectory countries = statistics.statistics().countries();
        List<BalanceReport.Row> converted = new ArrayList<>();
        for (BalanceRow row : rows) {
            if (!kept.test(row.scope().kind())) {
                continue;
            }
            String nameEn;
            String nameZh;
            String kind;
            switch (row.scope().kind()) {
                case ALL -> {
                    kind = "all";
                    nameEn = "All partners";
                    nameZh = "全部伙伴";
                }
                case PARTNER_COUNTRY -> {
                    kind = "country";
                    Country country = countries.byAlpha2(row.scope().id()).orElse(null);
                    nameEn = country == null ? row.scope().id() : country.nameEnglish();
                    nameZh = country == null ? row.scope().id() : country.nameChinese();
                }
                default -> {
                    kind = "group";
                    boolean oecd = NationalStatistics.OECD.equals(row.scope().id());
                    nameEn = oecd ? "OECD members" : "Belt and Road countries";
                    nameZh = oecd ? "经合组织成员国" : "共建“一带一路”国家";
                }
            }
            Map<String, BalanceReport.Counts> channels = new LinkedHashMap<>();
            Arrays.stream(Channel.values()).filter(row.channels()::containsKey).forEach(channel -> {
                var balance = row.channel(channel);
                channels.put(code(channel), new BalanceReport.Counts(balance.bringingIn(), balance.goingGlobal(),
                        balance.index().isPresent() ? balance.index().getAsDouble() : null));
            });
            converted.add(new BalanceReport.Row(row.fromYear(), row.toYear(), kind, row.scope().id(), nameEn, nameZh,
                    source, channels, row.overall().isPresent() ? row.overall().getAsDouble() : null));
        }
        return converted;
    }

    private static BalanceReport.ChannelInfo info(Channel channel, String source, boolean measured) {
        return new BalanceReport.ChannelInfo(code(channel), channel.englishName(), channel.chineseName(),
                channel.bringingInEnglish(), channel.bringingInChinese(), channel.goingGlobalEnglish(),
                channel.goingGlobalChinese(), source, measured);
    }

    /** The channel's code in the API: {@code students}, {@code staff-and-scholars}, ... */
    public static String code(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
