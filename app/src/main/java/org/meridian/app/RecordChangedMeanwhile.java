package org.meridian.app;

/**
 * An update based on a version of a record that someone else has changed since (optimistic locking).
 * Answered as 409 so that the caller reloads instead of overwriting the other change.
 */
public class RecordChangedMeanwhile extends RuntimeException {

    public RecordChangedMeanwhile(String recordType, Object id, long expectedVersion) {
        super(recordType + " " + id + " was changed by someone else since version " + expectedVersion
                + "; reload it and apply your change again");
    }
}
