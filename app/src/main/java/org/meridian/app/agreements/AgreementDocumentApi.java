package org.meridian.app.agreements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.meridian.app.InvalidInput;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/documents")
@Tag(name = "Agreement documents", description = "The signed text and annexes of an agreement: PDF and office files")
class AgreementDocumentApi {

    private final AgreementDocuments documents;

    AgreementDocumentApi(AgreementDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "The agreement's documents, oldest first")
    List<AgreementDocument> list(@PathVariable long agreementId) {
        return documents.of(agreementId);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Upload a document", description = "Multipart field 'file': pdf, doc, docx, xls, xlsx, odt,"
            + " ods, ppt or pptx, up to meridian.documents.max-size (20 MB by default). The content must match the"
            + " extension (400 otherwise); too large gets 413. Nothing is kept from a refused upload.")
    ResponseEntity<AgreementDocument> upload(@PathVariable long agreementId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null) {
            throw InvalidInput.of("file", "is required: send the document as the multipart field 'file'");
        }
        try {
            AgreementDocument stored = documents.upload(agreementId, file.getOriginalFilename(), file.getSize(),
                    file.getInputStream());
            return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreementId + "/documents/"
                    + stored.id())).body(stored);
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot read the upload", failure);
        }
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "A document's description: name, format, size, SHA-256 checksum")
    AgreementDocument one(@PathVariable long agreementId, @PathVariable long documentId) {
        return documents.require(agreementId, documentId);
    }

    @GetMapping("/{documentId}/content")
    @Operation(summary = "Download a document", description = "With its content type, its file name (UTF-8, so"
            + " Chinese names survive) and its SHA-256 checksum as the ETag.")
    ResponseEntity<Resource> content(@PathVariable long agreementId, @PathVariable long documentId) {
        AgreementDocuments.StoredDocument stored = documents.open(agreementId, documentId);
        AgreementDocument document = stored.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.sizeBytes())
                .eTag("\"" + document.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(stored.content()));
    }

    @DeleteMapping("/{documentId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a document")
    void delete(@PathVariable long agreementId, @PathVariable long documentId) {
        documents.remove(agreementId, documentId);
    }
}
