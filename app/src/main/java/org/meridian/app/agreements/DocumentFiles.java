package org.meridian.app.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The document files under {@code ${meridian.data-dir}/documents}: {@code <tenant>/<document id>} for kept ones,
 * {@code .incoming/} while an upload is received and checked. Files follow the database transaction: a kept
 * file is removed again when the transaction rolls back, and a deleted document's file goes after the commit.
 */
@Component
class DocumentFiles {

    private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);

    private final Path root;
    private final long maxBytes;

    DocumentFiles(@Value("${meridian.data-dir}") Path dataDir, DocumentSettings settings) {
        this.root = dataDir.resolve("documents").toAbsolutePath().normalize();
        this.maxBytes = settings.maxSize().toBytes();
    }

    /** An upload received into a temporary file. */
    record Received(Path path, long size, String sha256) {
    }

    /**
     * Copies the upload into a temporary file, computing its size and SHA-256 on the way.
     *
     * @throws MaxUploadSizeExceededException (413) as soon as it passes the limit; nothing is left behind
     */
    Received receive(InputStream content) {
        Path temporary = null;
        try (InputStream input = content) {
            Path incoming = Files.createDirectories(root.resolve(".incoming"));
            temporary = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream output = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new MaxUploadSizeExceededException(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    output.write(buffer, 0, read);
                }
            }
            return new Received(temporary, size, HexFormat.of().formatHex(sha256.digest()));
        }
        catch (IOException | RuntimeException | NoSuchAlgorithmException failure) {
            discard(temporary);
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot receive the upload", failure);
        }
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Moves a checked upload to its place; the move is undone if the current transaction does not commit. */
    void keep(Received received, long tenant, long documentId) {
        Path target = pathOf(tenant, documentId);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(received.path(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot store document " + documentId, failure);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    discard(target);
                }
            }
        });
    }

    /** Deletes the files once the current transaction has committed. */
    void deleteAfterCommit(long tenant, List<Long> documentIds) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                documentIds.forEach(id -> discard(pathOf(tenant, id)));
            }
        });
    }

    Path pathOf(long tenant, long documentId) {
        return root.resolve(Long.toString(tenant)).resolve(Long.toString(documentId));
    }

    void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException failure) {
            log.warn("Could not delete {}; delete it by hand", file, failure);
        }
    }
}
