package org.meridian.app.agreements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file an agreement's documents may be, recognised by the file name's extension (the declared
 * type) and checked against the content by {@link DocumentInspection}.
 */
public enum DocumentFormat {
    PDF("pdf", "application/pdf", Container.PDF, null),
    DOC("doc", "application/msword", Container.OLE2, "WordDocument"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Container.OOXML, "word/"),
    XLS("xls", "application/vnd.ms-excel", Container.OLE2, "Workbook"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Container.OOXML, "xl/"),
    ODT("odt", "application/vnd.oasis.opendocument.text", Container.ODF, null),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Container.ODF, null),
    PPT("ppt", "application/vnd.ms-powerpoint", Container.OLE2, "PowerPoint Document"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Container.OOXML,
            "ppt/");

    /** How the format packs its content. */
    enum Container {
        /** Starts with {@code %PDF-}, ends with {@code %%EOF}. */
        PDF,
        /** Office Open XML: a ZIP package with {@code [Content_Types].xml} and the main part's folder. */
        OOXML,
        /** OpenDocument: a ZIP package whose {@code mimetype} entry names the content type. */
        ODF,
        /** Microsoft compound file (OLE2), signature D0 CF 11 E0 A1 B1 1A E1, with the format's main stream. */
        OLE2
    }

    private final String extension;
    private final String contentType;
    private final Container container;
    private final String mainPart;

    DocumentFormat(String extension, String contentType, Container container, String mainPart) {
        this.extension = extension;
        this.contentType = contentType;
        this.container = container;
        this.mainPart = mainPart;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    Container container() {
        return container;
    }

    /** The OOXML folder or OLE2 stream the content must have. */
    String mainPart() {
        return mainPart;
    }

    /** The format a file name declares by its extension, e.g. {@code 协议.PDF} → PDF. */
    public static Optional<DocumentFormat> ofFilename(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** "pdf, doc, docx, ..." for messages. */
    public static String extensions() {
        return Arrays.stream(values()).map(DocumentFormat::extension).collect(Collectors.joining(", "));
    }
}
