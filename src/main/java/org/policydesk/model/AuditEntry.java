package org.policydesk.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An audit event about to be appended: what happened to what. The trail adds the sequence number, the
 * time, the user and the hashes.
 *
 * @param action      dotted, lower case: {@code policy.import}, {@code roster.import}, {@code version.adopt}…
 * @param subjectKind {@code policy}, {@code employee}, {@code roster}, {@code store}…
 * @param subjectKey  the subject's natural key: a policy number, an employee ID, a file name
 * @param details     further facts; values are text so the hash covers exactly what is shown
 */
public record AuditEntry(String action, String subjectKind, String subjectKey, Map<String, String> details) {
    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(subjectKind);
        Objects.requireNonNull(subjectKey);
        details = Map.copyOf(details);
    }

    public static AuditEntry of(String action, String subjectKind, String subjectKey) {
        return new AuditEntry(action, subjectKind, subjectKey, Map.of());
    }

    /** A copy with one more detail; a null value is left out. */
    public AuditEntry with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(name, String.valueOf(value));
        return new AuditEntry(action, subjectKind, subjectKey, more);
    }
}
