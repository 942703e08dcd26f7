package org.policydesk.model;

import java.util.List;

/**
 * What verifying the audit trail found.
 *
 * @param eventsChecked how many stored events were read
 * @param problems      every break found, in trail order; empty when the trail is intact
 */
public record AuditCheck(long eventsChecked, List<Problem> problems) {

    public AuditCheck {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first problem, in one sentence, or a sentence saying all is well. */
    public String summary() {
        return intact()
                ? "The audit trail is intact: " + eventsChecked + " event" + (eventsChecked == 1 ? "" : "s") + " checked."
                : problems.get(0).message();
    }

    public enum Kind { CHANGED, INSERTED, DELETED }

    /** One break in the chain, naming the event. */
    public record Problem(Kind kind, long seq, String message) {
    }
}
