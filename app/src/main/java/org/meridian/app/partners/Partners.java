package org.meridian.app.partners;

import java.util.Optional;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;

/**
 * The partners of the current user's tenant (see {@code Tenancy}): other capabilities refer to partners by id
 * and check them here. A partner of another tenant is never found.
 */
public interface Partners {

    Optional<Partner> byId(long id);

    /** @throws RecordNotFound when the tenant has no partner with this id */
    default Partner require(long id) {
        return byId(id).orElseThrow(() -> new RecordNotFound("partner", id));
    }

    boolean exists(long id);

    /** Sortable by {@code name}, {@code country}, {@code kind}, {@code level}, {@code createdAt}, {@code updatedAt}. */
    Page<Partner> find(PartnerFilter filter, PageQuery page);
}
