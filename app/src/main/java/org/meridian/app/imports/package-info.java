/**
 * Bulk import and export of records as CSV and XLSX files, for any capability.
 * <p>
 * A capability offers an import by declaring a Spring bean that implements {@link ImportType}: its columns
 * (English and Chinese headers, required or not, a {@link ValueParser} each), how a row becomes a record,
 * the record's natural key and how a batch is written (an upsert by that key, so re-importing a file creates
 * no duplicates). {@link Importing} reads the file ({@link SpreadsheetFile}), validates every row and writes
 * all of them in one transaction, or none and returns a row-by-row report. {@link ImportJobs} runs imports on
 * worker threads with progress. {@link TableExport} writes any table as CSV or XLSX with formula-like cells
 * neutralised; {@link ImportTemplates} writes the empty template of an import type.
 * <p>
 * This package depends only on {@code security} (to run a job as the user who started it); capabilities
 * depend on it, never the other way round.
 */
package org.meridian.app.imports;
