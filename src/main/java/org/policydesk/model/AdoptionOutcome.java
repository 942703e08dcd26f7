package org.policydesk.model;

/** How the board adopted a PRESS draft, as on the PRESS Response Form. */
public enum AdoptionOutcome {
    AS_PRESENTED("Adopted as presented"),
    WITH_EDITS("Adopted with district edits");

    private final String label;

    AdoptionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
