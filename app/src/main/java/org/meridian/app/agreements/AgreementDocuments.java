package org.meridian.app.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordNotFound;
import org.meridian.app.security.AuditLog;
import org.meridian.app.security.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of the current tenant's agreements: PDF and office files up to the configured size, stored with
 * their SHA-256 checksum. An upload whose content does not match its declared format, or that is too large, is
 * refused and leaves neither a row nor a file behind.
 */
@Service
public class AgreementDocuments {

    static final String AUDIT_TYPE = "agreement-document";

    private final JdbcAgreementDocuments documents;
    private final JdbcAgreements agreements;
    private final DocumentFiles files;
    private final AuditLog auditLog;
    private final Tenancy tenancy;

    AgreementDocuments(JdbcAgreementDocuments documents, JdbcAgreements agreements, DocumentFiles files,
            AuditLog auditLog, Tenancy tenancy) {
        this.documents = documents;
        this.agreements = agreements;
        this.files = files;
        this.auditLog = auditLog;
        this.tenancy = tenancy;
    }

    /** A stored document and where its content is. */
    public record StoredDocument(AgreementDocument document, Path content) {
    }

    public List<AgreementDocument> of(long agreementId) {
        agreements.require(agreementId);
        return documents.of(agreementId);
    }

    public AgreementDocument require(long agreementId, long documentId) {
        agreements.require(agreementId);
        return documents.byId(agreementId, documentId)
                .orElseThrow(() -> new RecordNotFound("document", documentId));
    }

    public StoredDocument open(long agreementId, long documentId) {
        AgreementDocument document = require(agreementId, documentId);
        Path content = files.pathOf(tenancy.readableTenant(), documentId);
        if (!Files.isRegularFile(content)) {
            throw new IllegalStateException("the file of document " + documentId + " is missing: " + content);
        }
        return new StoredDocument(document, content);
    }

    /**
     * Stores an upload: receives it into a temporary file (413 past the size limit), checks the content against
     * the format its file name declares (400 when they differ), then records the row and moves the file in one
     * transaction.
     */
    @Transactional
    public AgreementDocument upload(long agreementId, String originalFilename, long declaredSize, InputStream content) {
        long tenant = tenancy.writableTenant();
        agreements.require(agreementId);
        String filename = cleanFilename(originalFilename);
        DocumentFormat format = DocumentFormat.ofFilename(filename).orElseThrow(() -> InvalidInput.of("file",
                "invalid.document-type", "must be one of " + DocumentFormat.extensions() + "; '" + filename
                        + "' is none", DocumentFormat.extensions(), filename));
        if (declaredSize > files.maxBytes()) {
            throw new org.springframework.web.multipart.MaxUploadSizeExceededException(files.maxBytes());
        }
        DocumentFiles.Received received = files.receive(content);
        try {
            if (received.size() == 0) {
                throw InvalidInput.of("file", "invalid.empty-file", "is empty");
            }
            Optional<String> problem = DocumentInspection.problemWith(format, received.path());
            if (problem.isPresent()) {
                throw InvalidInput.of("file", "invalid.document-content", problem.get(),
                        format.extension().toUpperCase(java.util.Locale.ROOT));
            }
            long id = documents.insert(agreementId, filename, format, received.size(), received.sha256());
            files.keep(received, tenant, id);
            AgreementDocument stored = documents.byId(agreementId, id).orElseThrow();
            auditLog.recordCreated(tenant, AUDIT_TYPE, id, stored);
            return stored;
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot inspect the upload", failure);
        }
        finally {
            files.discard(received.path());
        }
    }

    @Transactional
    public void remove(long agreementId, long documentId) {
        long tenant = tenancy.writableTenant();
        AgreementDocument before = require(agreementId, documentId);
        if (!documents.delete(agreementId, documentId)) {
            throw new RecordNotFound("document", documentId);
        }
        files.deleteAfterCommit(tenant, List.of(documentId));
        auditLog.recordDeleted(tenant, AUDIT_TYPE, documentId, before);
    }

    /** Deletes the rows of all the agreement's documents now and their files after the commit. */
    void removeAllOf(long agreementId) {
        long tenant = tenancy.writableTenant();
        files.deleteAfterCommit(tenant, documents.deleteAllOf(agreementId));
    }

    /** The last segment of what the client sent (browsers may send a path), without control characters. */
    static String cleanFilename(String given) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'))
                + 1).replaceAll("\\p{Cntrl}", "").trim();
        if (name.isEmpty()) {
            throw InvalidInput.of("file", "invalid.document-name", "needs a file name with its extension, e.g."
                    + " agreement.pdf");
        }
        if (name.length() > 255) {
            throw InvalidInput.of("file", "invalid.too-long", "the file name must have at most 255 characters", 255);
        }
        return name;
    }
}
