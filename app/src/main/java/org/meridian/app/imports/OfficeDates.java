package org.meridian.app.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the dates international offices actually write. Accepted, each optionally followed by a time that is
 * ignored ({@code 2025-09-01 00:00:00}):
 * <ul>
 * <li>year first with {@code - / .} between the parts: {@code 2025-09-01}, {@code 2025/9/1}, {@code 2025.9.1};</li>
 * <li>Chinese: {@code 2025年9月1日} (the 日 may be left out);</li>
 * <li>eight digits {@code 20250901};</li>
 * <li>year last, {@code 01/09/2025} or {@code 1.9.2025}: <b>day first</b>, as written in China's neighbours,
 * Europe and most of the world, unless the second number is over 12 and the first is not, which can only be
 * the US month-first form ({@code 09/13/2025} is 13 September);</li>
 * <li>an Excel serial day number of five digits ({@code 45901} is 2025-09-01 in the 1900 date system; five
 * digits span 1927 to 2173, so a bare year such as {@code 2025} is refused rather than read as 1905), as a
 * date cell looks once the file has been through a program that dropped its format. XLSX date cells are
 * read as dates directly.</li>
 * </ul>
 * Full-width digits and separators are accepted. Two-digit years are refused as ambiguous.
 */
public final class OfficeDates {

    private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");

    private OfficeDates() {
    }

    public static LocalDate parse(String text) {
        String value = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        Matcher matcher = YEAR_FIRST.matcher(value);
        if (matcher.matches()) {
            return date(text, matcher.group(1), matcher.group(3), matcher.group(4));
        }
        matcher = CHINESE.matcher(value);
        if (matcher.matches()) {
            return date(text, matcher.group(1), matcher.group(2), matcher.group(3));
        }
        matcher = COMPACT.matcher(value);
        if (matcher.matches()) {
            return date(text, matcher.group(1), matcher.group(2), matcher.group(3));
        }
        matcher = YEAR_LAST.matcher(value);
        if (matcher.matches()) {
            int first = Integer.parseInt(matcher.group(1));
            int second = Integer.parseInt(matcher.group(3));
            boolean monthFirst = second > 12 && first <= 12;
            return monthFirst ? date(text, matcher.group(4), matcher.group(1), matcher.group(3))
                    : date(text, matcher.group(4), matcher.group(3), matcher.group(1));
        }
        if (SERIAL.matcher(value).matches()) {
            return DateUtil.getLocalDateTime(Double.parseDouble(value)).toLocalDate();
        }
        throw new RejectedValue("import.problem.date", text);
    }

    private static LocalDate date(String text, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        }
        catch (DateTimeException noSuchDay) {
            throw new RejectedValue("import.problem.noSuchDate", text);
        }
    }
}
