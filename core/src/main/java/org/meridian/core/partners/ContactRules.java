package org.meridian.core.partners;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Format checks for what people type about partners: e-mail addresses, telephone numbers, web sites and tags. */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile(
            "\\+?[0-9(][0-9 ()./-]{3,28}[0-9](?: ?(?:ext|x)\\.? ?[0-9]{1,6})?");
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ContactRules() {
    }

    /**
     * A practical e-mail address: a local part of the characters RFC 5322 allows unquoted, {@code @}, and a
     * domain of at least two labels. At most 254 characters; no dot at either end of the local part.
     */
    public static boolean isEmail(String text) {
        if (text == null || text.length() > 254 || !EMAIL.matcher(text).matches()) {
            return false;
        }
        String local = text.substring(0, text.lastIndexOf('@'));
        return !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
    }

    /** A telephone number as written: optional {@code +}, digits with spaces, brackets, dots, slashes or hyphens. */
    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text).matches()
                && text.chars().filter(Character::isDigit).count() >= 5;
    }

    /** An absolute http or https address with a host. */
    public static boolean isWebsite(String text) {
        if (text == null || text.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        }
        catch (URISyntaxException malformed) {
            return false;
        }
    }

    /** A tag: lower-case letters and digits in words joined by single hyphens, e.g. {@code belt-and-road}. */
    public static boolean isTag(String text) {
        return text != null && text.length() <= 40 && TAG.matcher(text).matches();
    }
}
