package org.policydesk.model;

/** What a draft does to a policy, as the board memo reports it. */
public enum ChangeKind {
    /** The district has no adopted text of this policy. */
    NEW("New"),
    /** Words of the adopted text change. */
    REVISED("Revised"),
    /** Only footnote markers, PRESSPlus comments, punctuation or spacing change. */
    EDITORIAL("Footnote/editorial only");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
