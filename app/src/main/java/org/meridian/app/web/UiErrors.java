package org.meridian.app.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Failures of page requests as the friendly error page ({@code templates/error.html}), never a stack trace.
 * A failed form post lists what the user had entered (passwords and tokens left out), so nothing typed is
 * lost. Forms that can fail validation catch {@link InvalidInput} themselves and re-render with
 * {@link FormErrors}; this is the net below them. The REST API has its own ({@code ApiErrors}, which takes
 * precedence for REST controllers); failures outside controllers reach Boot's {@code /error}, which renders
 * the same template.
 */
@ControllerAdvice(annotations = Controller.class)
class UiErrors {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    private final LayoutAttributes layout;
    private final MessageSource messages;

    UiErrors(LayoutAttributes layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_NOT_FOUND, null, request, response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_FORBIDDEN, null, request, response, model);
    }

    @ExceptionHandler(RecordChangedMeanwhile.class)
    String stale(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_CONFLICT, "error.staleRecord", request, response, model);
    }

    @ExceptionHandler(RuleViolation.class)
    String rule(RuleViolation violation, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        model.addAttribute("detail", FormErrors.explain(violation, messages, locale));
        return page(HttpServletResponse.SC_CONFLICT, null, request, response, model);
    }

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput invalid, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
        return page(HttpServletResponse.SC_BAD_REQUEST, null, request, response, model);
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    String badParameter(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_BAD_REQUEST, null, request, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, null, request, response, model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), failure);
        return page(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, null, request, response, model);
    }

    private String page(int status, String detailKey, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        if (detailKey != null) {
            model.addAttribute("detailKey", detailKey);
        }
        if ("POST".equals(request.getMethod())) {
            model.addAttribute("submitted", submitted(request));
        }
        layout.addTo(model, request);
        return "error";
    }

    /** What a failed form post carried, without secrets, in the order of the form. */
    static Map<String, String> submitted(HttpServletRequest request) {
        Map<String, String> kept = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.startsWith("_") && !lower.contains("password") && !lower.contains("token") && values.length > 0
                    && !values[0].isBlank()) {
                kept.put(name, String.join(", ", values));
            }
        });
        return kept;
    }
}
