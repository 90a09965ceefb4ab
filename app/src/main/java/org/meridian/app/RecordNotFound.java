package org.meridian.app;

/** A record that does not exist, or not for the caller's tenant (the two are not told apart). Answered as 404. */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String recordType, Object id) {
        super(recordType + " " + id + " was not found");
    }
}
