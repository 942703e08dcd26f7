package org.policydesk.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One stored audit event.
 *
 * @param seq         its place in the trail, from 1
 * @param at          when
 * @param actor       the operating-system user
 * @param action      what happened, e.g. {@code policy.import}
 * @param subjectKind what kind of thing it happened to, e.g. {@code policy}
 * @param subjectKey  which one, e.g. {@code 5:125}
 * @param details     further facts, by name
 * @param hash        SHA-256 over its fields and the previous event's hash
 */
public record AuditEvent(long seq, Instant at, String actor, String action, String subjectKind, String subjectKey,
                         Map<String, String> details, String hash) {
    public AuditEvent {
        Objects.requireNonNull(at);
        details = Map.copyOf(details);
    }
}
