package org.meridian.app.agreements;

import java.time.LocalDateTime;

/**
 * A document of an agreement (the signed text, an annex).
 *
 * @param filename the name it was uploaded with, without any folder
 * @param contentType the format's media type, used when it is downloaded
 * @param sha256 SHA-256 checksum of the content, lower-case hex
 * @param uploadedBy user name of whoever uploaded it
 */
public record AgreementDocument(long id, long agreementId, String filename, DocumentFormat format,
        String contentType, long sizeBytes, String sha256, LocalDateTime uploadedAt, String uploadedBy) {
}
