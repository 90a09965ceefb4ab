package org.meridian.app.imports;

import java.util.List;

/**
 * A kind of record that can be imported from CSV or XLSX (the SPI of this package). Declare an
 * implementation as a Spring bean; it then has an upload page, templates and background jobs.
 * <p>
 * The importer calls {@link #parse} for every row of the file first (inside no transaction; read what you
 * need to check references), and only when no row has a problem calls {@link #write} with all records, in
 * batches, inside one transaction: an exception from {@code write} rolls every batch back. Both run as the
 * user who started the import, so {@code Tenancy} works as in a request.
 *
 * @param <T> the record a row becomes
 */
public interface ImportType<T> {

    /** A lower-case name for URLs and files, e.g. {@code mobility}. */
    String name();

    /** The message code of the type's name in the UI, e.g. {@code import.type.mobility}. */
    String titleKey();

    /** The columns, in template order. */
    List<ImportColumn> columns();

    /**
     * The record of a row whose cells all parsed, or null after {@link ImportRow#reject} said why not.
     * Check rules between columns and references to other records here.
     */
    T parse(ImportRow row);

    /**
     * The identity that makes re-importing idempotent, e.g. the partner's registry id, or the person's
     * student number with the mobility's start date. Two rows of one file with the same key are refused.
     */
    String naturalKey(T record);

    /** Creates the records whose natural key is new and updates the others. */
    Written write(List<T> batch);
}
