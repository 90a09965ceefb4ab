package org.meridian.app.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.meridian.core.balance.Channel;
import org.meridian.core.balance.ChannelFlow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreement figures for the balance and the coverage, counted across tenants for the analysts' views, so read as
 * aggregates straight from the agreement tables (no personal data is involved). An agreement counts in every
 * calendar year its term overlaps, once it has been in force: active, expiring, expired, renewed, or terminated
 * (until the day of termination). Drafts and agreements under negotiation never count.
 */
@Component
class AgreementFigures implements ProgrammeFlows, AgreementCoverage {

    private static final String IN_FORCE = "a.status in ('active', 'expiring', 'expired', 'renewed', 'terminated')"
            + " and a.start_date is not null";

    private final JdbcClient jdbc;

    AgreementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean available() {
        return true;
    }

    /** Joint degree programmes and joint institutes, per year and partner country. */
    @Override
    public List<ChannelFlow> broughtIn(long tenantId) {
        Map<String, Long> counts = new TreeMap<>();
        forEachYear(tenantId, "a.type in ('joint-degree', 'joint-institute')",
                (year, country) -> counts.merge(year + "|" + country, 1L, Long::sum));
        List<ChannelFlow> flows = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            flows.add(new ChannelFlow(Channel.PROGRAMMES, Integer.parseInt(parts[0]), parts[1], count, 0));
        });
        return flows;
    }

    @Override
    public Map<Integer, Set<String>> countriesByYear(long tenantId) {
        Map<Integer, Set<String>> countries = new TreeMap<>();
        forEachYear(tenantId, "1 = 1", (year, country) -> countries.computeIfAbsent(year, y -> new TreeSet<>()).add(country));
        return countries;
    }

    private void forEachYear(long tenantId, String condition, java.util.function.BiConsumer<Integer, String> each) {
        int thisYear = LocalDate.now().getYear();
        jdbc.sql("""
                select a.id, a.start_date, a.end_date, a.status, a.status_since, p.country_code as country
                from agreement a
                join agreement_party ap on ap.agreement_id = a.id and ap.tenant_id = a.tenant_id
                join partner p on p.id = ap.partner_id and p.tenant_id = ap.tenant_id
                where a.tenant_id = :tenant and p.country_code is not null and\s""" + IN_FORCE + " and " + condition)
                .param("tenant", tenantId)
                .query(row -> {
                    LocalDate start = row.getDate("start_date").toLocalDate();
                    LocalDate end = row.getDate("end_date") == null ? null : row.getDate("end_date").toLocalDate();
                    if ("terminated".equals(row.getString("status"))) {
                        LocalDate terminated = row.getDate("status_since").toLocalDate();
                        end = end == null || terminated.isBefore(end) ? terminated : end;
                    }
                    int last = end == null ? thisYear : Math.min(end.getYear(), thisYear);
                    for (int year = start.getYear(); year <= last; year++) {
                        each.accept(year, row.getString("country"));
                    }
                });
    }
}
