package org.policydesk.model;

import java.util.Objects;

/**
 * Something the draft checks flag in a policy text, at a 1-based line (0 for the whole text).
 */
public record DraftFinding(int line, Severity severity, String message) {

    public enum Severity {
        /** Needs fixing before the text goes to the board. */
        PROBLEM,
        /** Worth a look; the text may be right as it is. */
        HINT
    }

    public DraftFinding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
