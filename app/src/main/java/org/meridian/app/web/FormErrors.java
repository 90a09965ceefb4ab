package org.meridian.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.meridian.app.InvalidInput;
import org.meridian.app.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * The messages of a rejected form, per field, in the page's language, for the {@code form :: field},
 * {@code form :: errorsFor} and {@code form :: summary} fragments. Available as {@code ${errors}}.
 * <p>
 * A problem with a message code ({@link InvalidInput.FieldError#code()}, e.g. {@code invalid.too-long}) is
 * shown as the bundle's message of that code with the problem's arguments. A problem without one (from a
 * service that gives English words only) is shown translated when the bundle has the key
 * {@code invalid.<slug>}, the slug being the message in lower case with every run of other characters than
 * letters and digits replaced by one hyphen ({@code invalid.is-required}); otherwise in the service's words.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(List.of());

    private final List<Message> messages;

    private FormErrors(List<Message> messages) {
        this.messages = List.copyOf(messages);
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(InvalidInput invalid, MessageSource bundle, Locale locale) {
        List<Message> translated = new ArrayList<>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            translated.add(new Message(error.field(), translate(error, bundle, locale)));
        }
        return new FormErrors(translated);
    }

    /** A rule the form's input broke (a duplicate, a record in use), as one message for the whole form. */
    public static FormErrors of(RuleViolation violation, MessageSource bundle, Locale locale) {
        return general(explain(violation, bundle, locale));
    }

    /** The bundle's {@code rule.<code>} with the violation's arguments, or its English words when there is none. */
    public static String explain(RuleViolation violation, MessageSource bundle, Locale locale) {
        return bundle.getMessage("rule." + violation.code(), violation.arguments().toArray(), violation.getMessage(),
                locale);
    }

    /** One message that belongs to no single field, e.g. "someone else changed this record meanwhile". */
    public static FormErrors general(String message) {
        return new FormErrors(List.of(new Message(null, message)));
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.stream().anyMatch(message -> field.equals(message.field()));
    }

    public List<String> of(String field) {
        return messages.stream().filter(message -> field.equals(message.field())).map(Message::text).toList();
    }

    /** Every message in the order the service gave them; the summary at the top of a form lists them. */
    public List<Message> all() {
        return messages;
    }

    /** Field name to its messages, for tests and JSON. */
    public Map<String, List<String>> byField() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        messages.forEach(message -> result.computeIfAbsent(String.valueOf(message.field()), key -> new ArrayList<>())
                .add(message.text()));
        return result;
    }

    static String translate(InvalidInput.FieldError error, MessageSource bundle, Locale locale) {
        if (error.code() != null) {
            return bundle.getMessage(error.code(), error.arguments().toArray(), error.message(), locale);
        }
        return translate(error.message(), bundle, locale);
    }

    static String translate(String message, MessageSource bundle, Locale locale) {
        if (message == null || message.isBlank()) {
            return bundle.getMessage("invalid.generic", null, "is not valid", locale);
        }
        return bundle.getMessage("invalid." + slug(message), null, message, locale);
    }

    static String slug(String message) {
        return message.toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** A message and the field it belongs to (null for the whole form). */
    public record Message(String field, String text) {
    }
}
