package org.policydesk.model;

/** Where one person stands in a roster check. */
public enum CheckStatus {
    /** Acknowledged the current version / attended in time. */
    DONE("done"),
    /** A new hire still inside the grace period. */
    IN_GRACE("in grace period"),
    /** Never acknowledged this policy / never attended this training (new hires past their grace period too). */
    MISSING("missing"),
    /** Acknowledged only an older version ("needs re-acknowledgment"), or the last training has expired. */
    OVERDUE("overdue");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
