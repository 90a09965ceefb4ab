package org.meridian.app.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.meridian.app.PageQuery;
import org.meridian.app.agreements.AgreementSettings;
import org.meridian.app.agreements.Agreements;
import org.meridian.app.engagement.Engagement;
import org.meridian.app.engagement.EngagementFilter;
import org.meridian.app.engagement.EngagementRecords;
import org.meridian.app.mobility.MobilityRecords;
import org.meridian.app.reference.Countries;
import org.meridian.app.reference.Country;
import org.meridian.core.mobility.AcademicYear;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of the signed-in user's institution: mobility in the current academic year and over the last
 * {@value #YEARS} (by year, country, region, country group and ISCED-F broad field, and on a world map), the
 * latest engagements, and the slots where agreements will show. Every figure links to the list behind it.
 * Users who read no institution's records (analysts, administrators acting for none) see the frame only.
 */
@Controller
class DashboardPage {

    static final int YEARS = 5;
    private static final int RECENT_ENGAGEMENTS = 6;

    private final MobilityRecords mobility;
    private final EngagementRecords engagements;
    private final Agreements agreements;
    private final AgreementSettings agreementSettings;
    private final Countries countries;
    private final CountryGroupMembership groups;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPage(MobilityRecords mobility, EngagementRecords engagements, Agreements agreements,
            AgreementSettings agreementSettings, Countries countries, CountryGroupMembership groups,
            MessageSource messages, ObjectProvider<Clock> clock) {
        this.agreements = agreements;
        this.agreementSettings = agreementSettings;
        this.mobility = mobility;
        this.engagements = engagements;
        this.countries = countries;
        this.groups = groups;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @GetMapping("/")
    String dashboard(Model model, Locale locale) {
        AcademicYear current = AcademicYear.containing(LocalDate.now(clock));
        AcademicYear first = new AcademicYear(current.startYear() - YEARS + 1);
        try {
            Map<String, Country> byCode = countries.all().stream()
                    .collect(Collectors.toMap(Country::alpha2, Function.identity()));
            MobilityFigures.Labels labels = (kind, code) -> label(kind, code, byCode, locale);
            MobilityFigures thisYear = MobilityFigures.of(mobility.summary(current.firstDay(), current.lastDay()),
                    current, current, byCode, groups, labels);
            MobilityFigures window = MobilityFigures.of(mobility.summary(first.firstDay(), current.lastDay()),
                    first, current, byCode, groups, labels);
            List<Engagement> recent = engagements.find(EngagementFilter.none(),
                    PageQuery.of(0, RECENT_ENGAGEMENTS, "-startDate")).items();
            model.addAttribute("thisYear", thisYear);
            model.addAttribute("window", window);
            model.addAttribute("engagements", recent);
            model.addAttribute("agreementFigures", AgreementFigures.of(agreements,
                    agreementSettings.expiringWindowDays(), LocalDate.now(clock)));
            model.addAttribute("charts", DashboardCharts.json(window, text("dashboard.inbound", locale),
                    text("dashboard.outbound", locale), text("dashboard.map.unavailable", locale)));
        }
        catch (AccessDeniedException readsNoInstitution) {
            model.addAttribute("window", null);
        }
        return "dashboard";
    }

    private String label(String kind, String code, Map<String, Country> byCode, Locale locale) {
        if ("country".equals(kind)) {
            Country country = byCode.get(code);
            return country == null ? code : country.name(locale.getLanguage());
        }
        return messages.getMessage(kind + "." + code, null, code, locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
