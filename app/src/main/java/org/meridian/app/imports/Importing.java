package org.meridian.app.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.meridian.app.imports.ImportOutcome.Status;
import org.meridian.app.imports.ImportProgress.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Imports a file, all or nothing. Phases: read the file ({@link SpreadsheetFile}); match its headers to the
 * type's columns; validate every row (each cell with its column's parser, then the row with
 * {@link ImportType#parse}, then the natural key against the rows above); only if no problem was found,
 * write every record in one transaction. The report lists every problem with its row, column, value and
 * reason, up to {@value #MAX_REPORTED}.
 */
@Service
public class Importing {

    public static final int MAX_REPORTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(Importing.class);

    private final ImportSettings settings;
    private final TransactionOperations transactions;

    public Importing(ImportSettings settings, TransactionOperations transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    public <T> ImportOutcome run(ImportType<T> type, byte[] content, ImportProgress progress) {
        progress.at(Phase.READING, 0, 0);
        Sheet sheet;
        try {
            sheet = SpreadsheetFile.read(content, settings.maxFileSize().toBytes(), settings.maxRows());
        }
        catch (UnreadableFile unreadable) {
            return ImportOutcome.fileProblem(Status.UNREADABLE, unreadable.reason(), unreadable.arguments());
        }
        HeaderMapping mapping = HeaderMapping.of(type.columns(), sheet.headers());
        if (!mapping.problems().isEmpty()) {
            return new ImportOutcome(Status.REJECTED, sheet.rows().size(), 0, 0, mapping.problems(),
                    mapping.problems().size(), mapping.ignored());
        }
        Report report = new Report();
        List<T> records = validate(type, sheet, mapping, report, progress);
        if (report.count > 0) {
            return new ImportOutcome(Status.REJECTED, sheet.rows().size(), 0, 0, report.problems, report.count,
                    mapping.ignored());
        }
        Written written;
        try {
            written = transactions.execute(status -> write(type, records, progress));
        }
        catch (RuntimeException failure) {
            log.warn("Import of {} failed while writing; rolled back", type.name(), failure);
            return new ImportOutcome(Status.FAILED, sheet.rows().size(), 0, 0,
                    List.of(new ImportProblem(0, null, null, "import.failed", List.of())), 1, mapping.ignored());
        }
        progress.at(Phase.FINISHED, records.size(), records.size());
        return new ImportOutcome(Status.IMPORTED, sheet.rows().size(), written.created(), written.updated(),
                List.of(), 0, mapping.ignored());
    }

    private <T> List<T> validate(ImportType<T> type, Sheet sheet, HeaderMapping mapping, Report report,
            ImportProgress progress) {
        List<T> records = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        int total = sheet.rows().size();
        int done = 0;
        // a row refused for a column the file lacks names it by both headers
        Map<String, String> headers = new HashMap<>();
        for (ImportColumn column : type.columns()) {
            headers.put(column.key(), mapping.headers().getOrDefault(column.key(), column.bothHeaders()));
        }
        for (SheetRow row : sheet.rows()) {
            if (done++ % 200 == 0) {
                progress.at(Phase.VALIDATING, done - 1, total);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            int before = report.count;
            for (ImportColumn column : type.columns()) {
                Integer index = mapping.positions().get(column.key());
                String text = index == null ? "" : row.cell(index);
                String header = mapping.headers().getOrDefault(column.key(), column.bothHeaders());
                texts.put(column.key(), text);
                if (text.isEmpty()) {
                    if (column.required()) {
                        report.add(new ImportProblem(row.number(), header, "", "import.problem.required", List.of()));
                    }
                    continue;
                }
                try {
                    values.put(column.key(), column.parser().parse(text));
                }
                catch (RejectedValue rejected) {
                    report.add(new ImportProblem(row.number(), header, text, rejected.reason(), rejected.arguments()));
                }
            }
            if (report.count > before) {
                continue;
            }
            ImportRow importRow = new ImportRow(row.number(), values, texts, headers);
            T record;
            try {
                record = type.parse(importRow);
            }
            catch (RejectedValue rejected) {
                importRow.reject(rejected.reason(), rejected.arguments().toArray());
                record = null;
            }
            importRow.problems().forEach(report::add);
            if (record == null || !importRow.problems().isEmpty()) {
                continue;
            }
            Integer first = rowOfKey.putIfAbsent(type.naturalKey(record), row.number());
            if (first != null) {
                report.add(new ImportProblem(row.number(), null, null, "import.problem.duplicateKey",
                        List.of(first)));
            }
            else {
                records.add(record);
            }
        }
        progress.at(Phase.VALIDATING, total, total);
        return records;
    }

    private <T> Written write(ImportType<T> type, List<T> records, ImportProgress progress) {
        Written written = Written.NOTHING;
        int batchSize = Math.max(1, settings.batchSize());
        for (int start = 0; start < records.size(); start += batchSize) {
            progress.at(Phase.WRITING, start, records.size());
            written = written.plus(type.write(records.subList(start, Math.min(start + batchSize, records.size()))));
        }
        return written;
    }

    /** Problems found so far: all counted, the first {@value #MAX_REPORTED} kept. */
    private static final class Report {

        private final List<ImportProblem> problems = new ArrayList<>();
        private int count;

        void add(ImportProblem problem) {
            count++;
            if (problems.size() < MAX_REPORTED) {
                problems.add(problem);
            }
        }
    }
}
