package org.meridian.app.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers in the page's language, for templates as {@code ${@formats.date(agreement.endsOn)}}:
 * English {@code Sep 1, 2025} and {@code 12,345}; Chinese {@code 2025年9月1日} and {@code 12,345}. Null
 * values print as an empty string.
 */
@Component("formats")
public class Formats {

    public String date(LocalDate date) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                        .format(time);
    }

    public String integer(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale()).format(number);
    }

    public String decimal(Number number, int fractionDigits) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(number);
    }

    /** A share given as a fraction: {@code 0.125} prints as {@code 12.5%}. */
    public String percent(Number fraction, int fractionDigits) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(fraction);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
