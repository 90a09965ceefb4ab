package org.meridian.core.scholarly;

/** One occurrence of a problem: the file, its 1-based line (0 for the file as a whole) and what was seen. */
public record ProblemSample(ProblemKind kind, String file, long line, String detail) {

    @Override
    public String toString() {
        return kind + " " + file + (line > 0 ? ":" + line : "") + " " + detail;
    }
}
