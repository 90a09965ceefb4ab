package org.meridian.app.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.meridian.app.security.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Document metadata in {@code agreement_document}, bound to the tenant {@link Tenancy} allows on every statement. */
@Repository
class JdbcAgreementDocuments {

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final Clock clock;

    JdbcAgreementDocuments(JdbcClient jdbc, Tenancy tenancy, Clock clock) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    List<AgreementDocument> of(long agreementId) {
        return jdbc.sql("select * from agreement_document where agreement_id = :agreement and tenant_id = :tenant"
                + " order by uploaded_at, id").param("agreement", agreementId)
                .param("tenant", tenancy.readableTenant()).query(JdbcAgreementDocuments::document).list();
    }

    Optional<AgreementDocument> byId(long agreementId, long documentId) {
        return jdbc.sql("select * from agreement_document where id = :id and agreement_id = :agreement"
                + " and tenant_id = :tenant").param("id", documentId).param("agreement", agreementId)
                .param("tenant", tenancy.readableTenant()).query(JdbcAgreementDocuments::document).optional();
    }

    long insert(long agreementId, String filename, DocumentFormat format, long size, String sha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement_document (tenant_id, agreement_id, filename, format, content_type, size_bytes,
                    sha256, uploaded_at, uploaded_by)
                values (:tenant, :agreement, :filename, :format, :contentType, :size, :sha256, :at, :by)
                """).param("tenant", tenancy.writableTenant()).param("agreement", agreementId)
                .param("filename", filename).param("format", format.extension())
                .param("contentType", format.contentType()).param("size", size).param("sha256", sha256)
                .param("at", LocalDateTime.now(clock)).param("by", tenancy.currentUsername()).update(key, "id");
        return key.getKey().longValue();
    }

    boolean delete(long agreementId, long documentId) {
        return jdbc.sql("delete from agreement_document where id = :id and agreement_id = :agreement"
                + " and tenant_id = :tenant").param("id", documentId).param("agreement", agreementId)
                .param("tenant", tenancy.writableTenant()).update() > 0;
    }

    /** Deletes every document row of the agreement; returns their ids. */
    List<Long> deleteAllOf(long agreementId) {
        long tenant = tenancy.writableTenant();
        List<Long> ids = jdbc.sql("select id from agreement_document where agreement_id = :agreement"
                + " and tenant_id = :tenant").param("agreement", agreementId).param("tenant", tenant)
                .query(Long.class).list();
        jdbc.sql("delete from agreement_document where agreement_id = :agreement and tenant_id = :tenant")
                .param("agreement", agreementId).param("tenant", tenant).update();
        return ids;
    }

    private static AgreementDocument document(ResultSet row, int rowNumber) throws SQLException {
        return new AgreementDocument(row.getLong("id"), row.getLong("agreement_id"), row.getString("filename"),
                DocumentFormat.ofFilename("." + row.getString("format")).orElseThrow(), row.getString("content_type"),
                row.getLong("size_bytes"), row.getString("sha256"), row.getObject("uploaded_at", LocalDateTime.class),
                row.getString("uploaded_by"));
    }
}
