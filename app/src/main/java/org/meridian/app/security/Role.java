package org.meridian.app.security;

/**
 * What a user may do. Records always belong to one tenant (home institution).
 */
public enum Role {
    /** Users, reference data and every tenant. */
    ADMIN,
    /** Reads and writes their own tenant's records, including personal data of mobility. */
    OFFICER,
    /** Aggregates across tenants; never personal data, never individual records' writes. */
    ANALYST,
    /** Reads their own tenant's records, without personal data. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
