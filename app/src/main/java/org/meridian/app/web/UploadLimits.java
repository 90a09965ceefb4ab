package org.meridian.app.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.meridian.app.agreements.DocumentSettings;
import org.meridian.app.imports.ImportSettings;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The size limits of the pages' uploads, and what a page upload over the server's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) brings. The servlet container refuses such a request before any
 * controller is chosen (already when the security filter reads the CSRF parameter) and answers it with Boot's
 * error page as 413; this resolver of that page sends the user back instead to the page of the form (the
 * agreement of a document, the upload page of an import) with the reason as the flash attribute
 * {@code uploadProblem}. Other 413s keep the error page. Available to templates as {@code ${@uploadLimits...}}.
 */
@Component("uploadLimits")
public class UploadLimits implements ErrorViewResolver, Ordered {

    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/agreements/(\\d+)/documents");
    private static final Pattern IMPORT_UPLOAD = Pattern.compile("/imports/([a-z-]+)");
    private static final long MEGABYTE = 1024 * 1024;

    private final DocumentSettings documents;
    private final ImportSettings imports;
    private final MessageSource messages;

    UploadLimits(DocumentSettings documents, ImportSettings imports, MessageSource messages) {
        this.documents = documents;
        this.imports = imports;
        this.messages = messages;
    }

    public long documentMegabytes() {
        return documents.maxSize().toMegabytes();
    }

    /** Whole megabytes, rounded up, as the messages give sizes. */
    public static long megabytes(long bytes) {
        return (bytes + MEGABYTE - 1) / MEGABYTE;
    }

    /** "The file is too large: at most … MB", for a document refused by its size. */
    public static String tooLarge(MaxUploadSizeExceededException tooLarge, MessageSource messages, Locale locale) {
        return messages.getMessage("upload.tooLarge", new Object[] { megabytes(tooLarge.getMaxUploadSize()) },
                locale);
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // the error dispatch reports GET whatever the refused request was: the path tells the form it came from
        if (status.value() != HttpStatus.CONTENT_TOO_LARGE.value() || uri == null) {
            return null;
        }
        String path = uri.toString().substring(request.getContextPath().length());
        Matcher document = DOCUMENT_UPLOAD.matcher(path);
        Matcher imported = IMPORT_UPLOAD.matcher(path);
        String back;
        long limit;
        if (document.matches()) {
            back = "/agreements/" + document.group(1);
            limit = documentMegabytes();
        }
        else if (imported.matches()) {
            back = path;
            limit = imports.maxFileSize().toMegabytes();
        }
        else {
            return null;
        }
        RequestContextUtils.getOutputFlashMap(request).put("uploadProblem", messages.getMessage("upload.tooLarge",
                new Object[] { limit }, RequestContextUtils.getLocale(request)));
        return new ModelAndView("redirect:" + back);
    }

    /** Before Boot's own resolver of error views, which would find nothing more specific than the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
