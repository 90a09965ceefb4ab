package org.meridian.app.insight.bringin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.agreements.Agreement;
import org.meridian.app.agreements.AgreementFilter;
import org.meridian.app.agreements.AgreementParty;
import org.meridian.app.agreements.Agreements;
import org.meridian.app.mobility.Mobility;
import org.meridian.app.mobility.MobilityFilter;
import org.meridian.app.mobility.MobilityRecords;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.PartnerFilter;
import org.meridian.app.partners.Partners;
import org.meridian.core.matching.RegistryTies;
import org.meridian.core.mobility.Direction;
import org.springframework.stereotype.Component;

/**
 * What the current tenant's registry says for bringing in: its partners' OpenAlex ids, the agreements and
 * mobilities (both directions, cancelled left out) with each of them, and the demand its records show per
 * ISCED-F code (outbound mobilities and agreements, by the code recorded on them).
 */
@Component
class TenantRecords {

    private final Partners partners;
    private final Agreements agreements;
    private final MobilityRecords mobility;

    TenantRecords(Partners partners, Agreements agreements, MobilityRecords mobility) {
        this.partners = partners;
        this.agreements = agreements;
        this.mobility = mobility;
    }

    /** The registry's side, read now for the current tenant. */
    Snapshot read() {
        Map<Long, String> openAlexByPartner = new HashMap<>();
        all(page -> partners.find(PartnerFilter.all(), page), (Partner partner) -> {
            if (partner.openalexId() != null) {
                openAlexByPartner.put(partner.id(), partner.openalexId());
            }
        });
        Map<String, Integer> agreementCounts = new HashMap<>();
        Map<String, Integer> mobilityCounts = new HashMap<>();
        Map<String, IscedDemand> demand = new TreeMap<>();
        all(page -> agreements.find(AgreementFilter.all(), page), (Agreement agreement) -> {
            Set<String> counted = new HashSet<>();
            for (AgreementParty party : agreement.parties()) {
                String institution = openAlexByPartner.get(party.partnerId());
                if (institution != null && counted.add(institution)) {
                    agreementCounts.merge(institution, 1, Integer::sum);
                }
            }
            for (String code : agreement.iscedFields()) {
                demand.merge(code, new IscedDemand(code, 0, 1), IscedDemand::plus);
            }
        });
        all(page -> mobility.find(MobilityFilter.none(), page), (Mobility record) -> {
            if (record.cancelled()) {
                return;
            }
            String institution = record.partnerId() == null ? null : openAlexByPartner.get(record.partnerId());
            if (institution != null) {
                mobilityCounts.merge(institution, 1, Integer::sum);
            }
            if (record.direction() == Direction.OUTBOUND && record.iscedField() != null) {
                demand.merge(record.iscedField(), new IscedDemand(record.iscedField(), 1, 0), IscedDemand::plus);
            }
        });
        return new Snapshot(new RegistryTies(Set.copyOf(openAlexByPartner.values()), agreementCounts, mobilityCounts),
                List.copyOf(demand.values()));
    }

    private static <T> void all(Function<PageQuery, Page<T>> finder, java.util.function.Consumer<T> action) {
        for (int page = 0;; page++) {
            Page<T> found = finder.apply(PageQuery.of(page, PageQuery.MAX_SIZE, null));
            found.items().forEach(action);
            if (found.items().size() < PageQuery.MAX_SIZE) {
                return;
            }
        }
    }

    /** The registry's ties and the demand by ISCED code. */
    record Snapshot(RegistryTies ties, List<IscedDemand> demand) {
    }

    /** Outbound mobilities and agreements recorded with one ISCED-F code. */
    record IscedDemand(String iscedCode, int outboundMobilities, int agreements) {

        IscedDemand plus(IscedDemand other) {
            return new IscedDemand(iscedCode, outboundMobilities + other.outboundMobilities, agreements + other.agreements);
        }
    }
}
