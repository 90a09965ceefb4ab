package org.meridian.core.reference;

/** A list of institutions that the registry is merged from, in the order of trust for names. */
public enum InstitutionSource {
    /** ROR names and types by country (2021 snapshot, no ids). */
    ROR_2021("ror-2021"),
    /** Institutions seen in OpenAlex works, with OpenAlex and ROR ids. */
    OPENALEX("openalex"),
    /** The Hipo list of world universities, with web domains. */
    HIPO("hipo"),
    /** Added or edited in Meridian by an administrator. */
    MERIDIAN("meridian");

    private final String code;

    InstitutionSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
