package org.meridian.app.mobility;

import java.util.Optional;

import org.meridian.app.agreements.Agreements;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.Partners;
import org.springframework.stereotype.Component;

/** Answers from the partner and agreement registry of the current tenant. */
@Component
class RegistryPartnerDirectory implements PartnerDirectory {

    private final Partners partners;
    private final Agreements agreements;

    RegistryPartnerDirectory(Partners partners, Agreements agreements) {
        this.partners = partners;
        this.agreements = agreements;
    }

    @Override
    public boolean partnerExists(long partnerId) {
        return partners.exists(partnerId);
    }

    @Override
    public Optional<String> partnerCountry(long partnerId) {
        return partners.byId(partnerId).map(Partner::country);
    }

    @Override
    public boolean agreementExists(long agreementId) {
        return agreements.exists(agreementId);
    }
}
