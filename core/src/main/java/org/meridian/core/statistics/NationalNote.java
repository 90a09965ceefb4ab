package org.meridian.core.statistics;

/**
 * A caveat of a national view: its English text, and the same sentence as a message code of the application's
 * bundles ({@code insight.national.note.*}), so that a page gives it in the reader's language.
 */
public record NationalNote(String code, String text) {
}
