package org.policydesk.service.library;

import org.policydesk.model.PolicyVersion;

/** "New draft" while a draft is open: names the open one, so the window and the CLI can offer to open it. */
public final class DraftAlreadyOpenException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    private final transient PolicyVersion openDraft;

    DraftAlreadyOpenException(String name, PolicyVersion openDraft) {
        super(name + " is an open draft (" + openDraft.status().label() + "); a policy has one open draft at a time."
                + " Open it to go on, or discard it first.");
        this.openDraft = openDraft;
    }

    public PolicyVersion openDraft() {
        return openDraft;
    }
}
