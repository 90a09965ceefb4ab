package org.meridian.app.web;


import java.util.Locale;
import java.util.Optional;

import org.meridian.app.insight.BalanceReport;
import org.meridian.app.insight.Balances;
import org.meridian.app.insight.CoverageReport;
import org.meridian.app.insight.GroupCoverage;
import org.meridian.app.insight.ScorecardReport;
import org.meridian.app.insight.ScorecardRequest;
import org.meridian.app.insight.Scorecards;
import org.meridian.app.security.CurrentUser;
import org.meridian.app.security.Tenancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Going global &amp; voice" for the home institution: its balance of bringing in and going global per channel,
 * its position in the institutions' scorecard and its Belt and Road coverage. An account without an institution
 * sees a pointer to the national view instead.
 */
@Controller
class GoingGlobalPage {

    private final Balances balances;
    private final Scorecards scorecards;
    private final GroupCoverage coverage;
    private final Tenancy tenancy;

    GoingGlobalPage(Balances balances, Scorecards scorecards, GroupCoverage coverage, Tenancy tenancy) {
        this.balances = balances;
        this.scorecards = scorecards;
        this.coverage = coverage;
        this.tenancy = tenancy;
    }

    @GetMapping("/going-global")
    String goingGlobal(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            Model model, Locale locale) {
        CurrentUser user = tenancy.currentUser();
        boolean hasHome = user.tenantId() != null;
        model.addAttribute("hasHome", hasHome);
        if (!hasHome) {
            return "insight/going-global";
        }
        BalanceReport balance = balances.home(from, to);
        ScorecardReport scorecard = scorecards.compute(new ScorecardRequest("institutions", null, null, null, null,
                null, 500, null, from, to, null, null), locale);
        Optional<ScorecardReport.UnitRow> position = scorecard.units().stream().filter(ScorecardReport.UnitRow::home)
                .findFirst();
        CoverageReport beltAndRoad = coverage.of("home", null, "BRI", null, from, to);
        model.addAttribute("balance", balance);
        model.addAttribute("allPartners", balance.period().stream().filter(row -> !"country".equals(row.scopeKind()))
                .toList());
        model.addAttribute("channels", balance.channels());
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("position", position.orElse(null));
        model.addAttribute("rankedPeers", scorecard.units().stream().filter(unit -> unit.rank() != null).count());
        model.addAttribute("coverage", beltAndRoad);
        model.addAttribute("latestCoverage", beltAndRoad.years().isEmpty() ? null
                : beltAndRoad.years().get(beltAndRoad.years().size() - 1));
        model.addAttribute("countryRows", balance.period().stream().filter(row -> "country".equals(row.scopeKind()))
                .toList());
        model.addAttribute("balanceExport", "/insight/balance/export?scope=home" + (from == null ? "" : "&from=" + from)
                + (to == null ? "" : "&to=" + to));
        return "insight/going-global";
    }

}
