package org.meridian.app.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.meridian.app.LikePattern;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.partners.NameKey;

/** The SQL {@code where} clause of an {@link AgreementFilter}, always bound to one tenant. */
final class AgreementConditions {

    private AgreementConditions() {
    }

    /**
     * The clause over {@code agreement a}, filling {@code params}; {@code today} anchors
     * {@code expiringWithinDays}.
     */
    static String where(AgreementFilter filter, long tenant, LocalDate today, Map<String, Object> params) {
        params.put("tenant", tenant);
        StringBuilder where = new StringBuilder(" where a.tenant_id = :tenant");
        String parties = " and exists (select 1 from agreement_party ap join partner p on p.id = ap.partner_id"
                + " and p.tenant_id = ap.tenant_id where ap.agreement_id = a.id and ap.tenant_id = :tenant and ";
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim();
            where.append(" and (lower(a.title) like :title escape '\\'")
                    .append(parties.replace(" and exists", " or exists"))
                    .append("(p.name_key like :nameKey escape '\\' or p.name_zh like :raw escape '\\')))");
            params.put("title", LikePattern.containing(text.toLowerCase(Locale.ROOT)));
            params.put("nameKey", LikePattern.containing(NameKey.of(text)));
            params.put("raw", LikePattern.containing(text));
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            params.put("type", filter.type().code());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and a.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(AgreementStatus::code).toList());
        }
        if (filter.partnerId() != null) {
            where.append(parties).append("ap.partner_id = :partner)");
            params.put("partner", filter.partnerId());
        }
        if (filter.country() != null) {
            where.append(parties).append("p.country_code = :country)");
            params.put("country", filter.country());
        }
        if (filter.iscedCode() != null) {
            List<String> broader = new ArrayList<>();
            for (int length = 2; length < filter.iscedCode().length(); length++) {
                broader.add(filter.iscedCode().substring(0, length));
            }
            where.append(" and exists (select 1 from agreement_isced_field f where f.agreement_id = a.id"
                    + " and f.tenant_id = :tenant and (f.isced_code like :iscedPrefix escape '\\'");
            params.put("iscedPrefix", LikePattern.startingWith(filter.iscedCode()));
            if (!broader.isEmpty()) {
                where.append(" or f.isced_code in (:iscedBroader)");
                params.put("iscedBroader", broader);
            }
            where.append("))");
        }
        if (filter.expiringWithinDays() != null) {
            where.append(" and a.status in ('active', 'expiring') and a.end_date >= :today and a.end_date <= :horizon");
            params.put("today", today);
            params.put("horizon", today.plusDays(filter.expiringWithinDays()));
        }
        if (filter.inForceOn() != null) {
            where.append(" and a.start_date <= :day and (a.end_date is null or a.end_date >= :day)"
                    + " and (a.status in ('active', 'expiring', 'expired', 'renewed')"
                    + " or (a.status = 'terminated' and a.status_since > :day))");
            params.put("day", filter.inForceOn());
        }
        return where.toString();
    }
}
