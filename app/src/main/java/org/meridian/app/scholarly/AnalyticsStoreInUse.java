package org.meridian.app.scholarly;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analytics store cannot be opened because another process holds it: DuckDB lets one process at a time
 * write a database file. Its message says which process and what to do.
 */
public final class AnalyticsStoreInUse extends SQLException {

    private static final Pattern HOLDER = Pattern.compile("PID (\\d+)");

    AnalyticsStoreInUse(Path store, SQLException lockRefused) {
        super(message(store, lockRefused.getMessage()), lockRefused.getSQLState(), lockRefused);
    }

    /** Whether DuckDB refused to open a file because another process has locked it. */
    static boolean isLockConflict(SQLException e) {
        String message = e.getMessage();
        return message != null && message.contains("Could not set lock on file");
    }

    private static String message(Path store, String duckDbMessage) {
        Matcher holder = HOLDER.matcher(String.valueOf(duckDbMessage));
        return "The analytics store " + store + " is in use by another process"
                + (holder.find() ? " (PID " + holder.group(1) + ")" : "") + ". If it is the Meridian server, stop it "
                + "first, or work through the server instead: ingest on the page /indicators/ingest, indicators from "
                + "GET /api/v1/indicators. If it is another command-line ingest, wait until it has ended.";
    }
}
