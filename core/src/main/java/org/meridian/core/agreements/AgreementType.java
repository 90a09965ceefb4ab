package org.meridian.core.agreements;

import java.util.Arrays;
import java.util.Optional;

import org.meridian.core.vocabulary.Coded;

/** What an agreement is about. The codes are stable: the API, the database and reports use them. */
public enum AgreementType implements Coded {
    /** Memorandum of understanding or framework agreement: intent to cooperate, no specific obligations. */
    MOU("mou"),
    /** Exchange of students, usually with tuition waived both ways. */
    STUDENT_EXCHANGE("student-exchange"),
    /** Exchange of academic or administrative staff for teaching or training. */
    STAFF_EXCHANGE("staff-exchange"),
    /** A joint or dual (double) degree programme. */
    JOINT_DEGREE("joint-degree"),
    /** A joint institute or a Sino-foreign cooperative programme (中外合作办学). */
    JOINT_INSTITUTE("joint-institute"),
    /** Joint research: projects, laboratories, shared infrastructure. */
    RESEARCH_COOPERATION("research-cooperation"),
    /** Short or summer programmes, winter schools, study tours. */
    SHORT_PROGRAMME("short-programme");

    private final String code;

    AgreementType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgreementType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
