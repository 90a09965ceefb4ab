package org.meridian.app.reports;

import java.time.Instant;

/** A report being built in the background; {@link #percent()} rises to 100 when it is ready. */
public final class ReportJob {

    public enum Status { RUNNING, READY, FAILED }

    private final String id;
    private final long userId;
    private final int year;
    private final String language;
    private final ReportFormat format;
    private volatile int percent;
    private volatile Status status = Status.RUNNING;
    private volatile byte[] content;
    private volatile Instant finishedAt;

    ReportJob(String id, long userId, int year, String language, ReportFormat format) {
        this.id = id;
        this.userId = userId;
        this.year = year;
        this.language = language;
        this.format = format;
    }

    void at(int percent) {
        this.percent = percent;
    }

    void succeed(byte[] content) {
        this.content = content;
        this.percent = 100;
        this.finishedAt = Instant.now();
        this.status = Status.READY;
    }

    void fail() {
        this.finishedAt = Instant.now();
        this.status = Status.FAILED;
    }

    public String id() {
        return id;
    }

    long userId() {
        return userId;
    }

    public int year() {
        return year;
    }

    public String language() {
        return language;
    }

    public ReportFormat format() {
        return format;
    }

    public int percent() {
        return percent;
    }

    public Status status() {
        return status;
    }

    byte[] content() {
        return content;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    public String fileName() {
        return "meridian-annual-report-" + year + "-" + language + "." + format.extension();
    }
}
