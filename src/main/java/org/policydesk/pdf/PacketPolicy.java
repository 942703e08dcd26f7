package org.policydesk.pdf;

import java.util.Objects;

import org.policydesk.model.ChangeKind;
import org.policydesk.model.PolicyDocument;

/**
 * One policy in a packet: its draft, the adopted text the redline compares it with (null for a new
 * policy), the kind of change and the action the memo recommends.
 */
public record PacketPolicy(PolicyDocument draft, PolicyDocument adopted, ChangeKind change, String action) {
    public PacketPolicy {
        Objects.requireNonNull(draft);
        Objects.requireNonNull(change);
        Objects.requireNonNull(action);
    }

    public String number() {
        return draft.number() == null ? "(unnumbered)" : draft.number().toString();
    }

    public String title() {
        return draft.title() == null || draft.title().isBlank() ? "(untitled)" : draft.title();
    }
}
