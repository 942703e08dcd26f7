package org.policydesk.model;

/** Where a policy version stands in the board's process. */
public enum VersionStatus {
    DRAFT("Draft"),
    COMMITTEE("Committee"),
    FIRST_READING("First reading"),
    ADOPTED("Adopted"),
    NOT_ADOPTED("Not adopted"),
    HELD("Held"),
    SUPERSEDED("Superseded"),
    /** A draft set aside without board action; kept and viewable, never deleted. */
    DISCARDED("Discarded");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    /** The word shown to users. */
    public String label() {
        return label;
    }

    /** Adopted and superseded text is the board's record and may not be edited; nor may a closed draft. */
    public boolean isReadOnly() {
        return !isOpen();
    }

    /** A version still on its way to the board: its text may be edited and its status moved on. */
    public boolean isOpen() {
        return this == DRAFT || this == COMMITTEE || this == FIRST_READING || this == HELD;
    }
}
