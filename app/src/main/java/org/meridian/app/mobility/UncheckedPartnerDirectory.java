package org.meridian.app.mobility;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Accepts every partner and agreement id and knows no partner's country: the stand-in until the partner and
 * agreement registry is part of this application. Replace it by a directory that asks the registry.
 */
@Component
class UncheckedPartnerDirectory implements PartnerDirectory {

    @Override
    public boolean partnerExists(long partnerId) {
        return true;
    }

    @Override
    public Optional<String> partnerCountry(long partnerId) {
        return Optional.empty();
    }

    @Override
    public boolean agreementExists(long agreementId) {
        return true;
    }
}
