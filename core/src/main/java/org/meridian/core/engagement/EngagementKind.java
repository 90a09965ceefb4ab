package org.meridian.core.engagement;

import org.meridian.core.vocabulary.Coded;

/**
 * What an institution does with international organisations and institutions abroad: its part in global
 * governance and in going global.
 */
public enum EngagementKind implements Coded {
    /** A seat on a committee, board, council or expert panel of an international organisation or body. */
    COMMITTEE_SEAT("committee-seat"),
    /** A contribution to an international policy, report, guideline or standard. */
    POLICY_CONTRIBUTION("policy-contribution"),
    /** An international conference or forum that the institution hosted or co-hosted. */
    CONFERENCE_HOSTED("conference-hosted"),
    /** A joint initiative, network, alliance or consortium with institutions or organisations abroad. */
    JOINT_INITIATIVE("joint-initiative"),
    /** A programme, branch campus or institute run abroad. */
    PROGRAMME_ABROAD("programme-abroad"),
    /** An open (online) course offered to learners abroad. */
    OPEN_COURSE("open-course"),
    /** A textbook, curriculum or standard of the institution adopted abroad. */
    ADOPTED_ABROAD("adopted-abroad");

    private final String code;

    EngagementKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
