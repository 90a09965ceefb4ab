package org.meridian.app.reports;

/** Where the building of a report has got to, in percent. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = percent -> {
    };

    void at(int percent);
}
