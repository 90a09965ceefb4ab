package org.meridian.app.web;

import java.util.List;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordChangedMeanwhile;
import org.meridian.app.RecordNotFound;
import org.meridian.app.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API failure as an RFC 9457 problem document with a message written for the caller; field errors
 * under {@code errors}. Nothing internal (stack traces, SQL) ever leaves the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", invalid.getMessage());
        problem.setProperty("errors", invalid.errors());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid) {
        List<InvalidInput.FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidInput.FieldError(error.getField(), error.getDefaultMessage())).toList();
        return invalid(new InvalidInput(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                "the body is not valid JSON for this request, or a value has the wrong type");
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    ProblemDetail badParameter(Exception failure) {
        String name = failure instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ((MissingServletRequestParameterException) failure).getParameterName();
        return invalid(InvalidInput.of(name, failure instanceof MissingServletRequestParameterException
                ? "is required" : "has the wrong format"));
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "no such API path");
    }

    @ExceptionHandler(RecordChangedMeanwhile.class)
    ProblemDetail stale(RecordChangedMeanwhile stale) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", stale.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation violation) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed now", violation.getMessage());
        problem.setProperty("code", violation.code());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        String message = denied.getMessage() == null || denied.getMessage().startsWith("Access Denied")
                ? "your role may not do this" : denied.getMessage();
        return problem(HttpStatus.FORBIDDEN, "Forbidden", message);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
        long limit = tooLarge.getMaxUploadSize();
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "the upload is larger than allowed"
                + (limit > 0 ? " (at most " + DataSize.ofBytes(limit).toMegabytes() + " MB)" : ""));
    }

    @ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
    ProblemDetail notMultipart(Exception failure) {
        String part = failure instanceof MissingServletRequestPartException missing ? missing.getRequestPartName()
                : "file";
        return invalid(InvalidInput.of(part, "is required: send it as multipart/form-data"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException method) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", method.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException mediaType) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "send JSON (application/json)");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        log.error("Unexpected failure answering an API request", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "something went wrong on the server; it has been logged");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

}
