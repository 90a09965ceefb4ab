package org.meridian.app.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Whether a file's content is what its extension declares: the signature at its start and the structure its
 * format requires (see {@link DocumentFormat.Container}). Reads only what the check needs.
 */
final class DocumentInspection {

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2_SIGNATURE = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    private static final int PDF_TAIL = 2048;

    private DocumentInspection() {
    }

    /** What is wrong with the content for the declared format, or empty when it is sound. */
    static Optional<String> problemWith(DocumentFormat format, Path file) throws IOException {
        String name = format.extension().toUpperCase(java.util.Locale.ROOT);
        return switch (format.container()) {
            case PDF -> pdf(file);
            case OOXML -> ooxml(file, name, format.mainPart());
            case ODF -> odf(file, name, format.contentType());
            case OLE2 -> ole2(file, name, format.mainPart());
        };
    }

    private static Optional<String> pdf(Path file) throws IOException {
        if (!startsWith(file, PDF_SIGNATURE)) {
            return Optional.of("the file is not a PDF: it does not begin with %PDF-");
        }
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "r")) {
            long length = access.length();
            int tailLength = (int) Math.min(PDF_TAIL, length);
            byte[] tail = new byte[tailLength];
            access.seek(length - tailLength);
            access.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                return Optional.of("the PDF is truncated or damaged: it does not end with %%EOF");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ooxml(Path file, String name, String mainFolder) throws IOException {
        if (!startsWith(file, ZIP_SIGNATURE)) {
            return notA(name, "it is not a ZIP package");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean hasContentTypes = zip.getEntry("[Content_Types].xml") != null;
            boolean hasMainPart = zip.stream().anyMatch(entry -> entry.getName().startsWith(mainFolder));
            if (!hasContentTypes || !hasMainPart) {
                return notA(name, "the package lacks [Content_Types].xml or the " + mainFolder + " part");
            }
        }
        catch (IOException damaged) {
            return damaged(name, "ZIP");
        }
        return Optional.empty();
    }

    private static Optional<String> odf(Path file, String name, String contentType) throws IOException {
        if (!startsWith(file, ZIP_SIGNATURE)) {
            return notA(name, "it is not a ZIP package");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            String declared = "";
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream content = zip.getInputStream(mimetype)) {
                    declared = new String(content.readNBytes(200), StandardCharsets.US_ASCII).trim();
                }
            }
            if (!declared.equals(contentType) || zip.getEntry("content.xml") == null) {
                return notA(name, "its mimetype entry is not " + contentType + " or it has no content.xml");
            }
        }
        catch (IOException damaged) {
            return damaged(name, "ZIP");
        }
        return Optional.empty();
    }

    private static Optional<String> ole2(Path file, String name, String mainStream) throws IOException {
        if (!startsWith(file, OLE2_SIGNATURE)) {
            return notA(name, "it does not begin with the OLE2 signature D0CF11E0");
        }
        try (POIFSFileSystem compound = new POIFSFileSystem(file.toFile(), true)) {
            boolean found = compound.getRoot().hasEntryCaseInsensitive(mainStream)
                    || ("Workbook".equals(mainStream) && compound.getRoot().hasEntryCaseInsensitive("Book"));
            if (!found) {
                return notA(name, "it has no " + mainStream + " stream");
            }
        }
        catch (IOException | RuntimeException damaged) {
            return damaged(name, "OLE2");
        }
        return Optional.empty();
    }

    private static Optional<String> notA(String name, String reason) {
        return Optional.of("the file is not " + withArticle(name) + " document: " + reason);
    }

    private static Optional<String> damaged(String name, String structure) {
        return Optional.of("the " + name + " document is damaged: its " + structure + " structure cannot be read");
    }

    /** "a DOCX", "an XLSX", "an ODT": the article as the letter's name is spoken. */
    private static String withArticle(String name) {
        return ("AEFHILMNORSX".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static boolean startsWith(Path file, byte[] signature) throws IOException {
        try (InputStream content = Files.newInputStream(file)) {
            return Arrays.equals(content.readNBytes(signature.length), signature);
        }
    }
}
