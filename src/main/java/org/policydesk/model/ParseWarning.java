package org.policydesk.model;

/** Something the importer could not fully understand, with the 1-based line it concerns (0 for the whole file). */
public record ParseWarning(int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
