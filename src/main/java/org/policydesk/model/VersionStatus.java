package org.policydesk.model;

/** Where a policy version stands in the board's process. */
public enum VersionStatus {
    DRAFT("Draft"),
    COMMITTEE("Committee"),
    FIRST_READING("First reading"),
    ADOPTED("Adopted"),
    NOT_ADOPTED("Not adopted"),
    HELD("Held"),
    SUPERSEDED("Superseded");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    /** The word shown to users. */
    public String label() {
        return label;
    }

    /** Adopted and superseded text is the board's record and may not be edited. */
    public boolean isReadOnly() {
        return this == ADOPTED || this == SUPERSEDED;
    }
}
