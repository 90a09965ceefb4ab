package org.meridian.app.agreements;

import java.util.Optional;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.RecordNotFound;

/**
 * The agreements of the current user's tenant (see {@code Tenancy}): other capabilities refer to agreements by
 * id and check them here. An agreement of another tenant is never found.
 */
public interface Agreements {

    Optional<Agreement> byId(long id);

    /** @throws RecordNotFound when the tenant has no agreement with this id */
    default Agreement require(long id) {
        return byId(id).orElseThrow(() -> new RecordNotFound("agreement", id));
    }

    boolean exists(long id);

    /**
     * Sortable by {@code title}, {@code type}, {@code status}, {@code signingDate}, {@code startDate},
     * {@code endDate}, {@code createdAt}, {@code updatedAt}.
     */
    Page<Agreement> find(AgreementFilter filter, PageQuery page);
}
