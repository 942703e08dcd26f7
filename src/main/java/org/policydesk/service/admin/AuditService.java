package org.policydesk.service.admin;

import java.util.List;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditEvent;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.AuditSubjects;

/** The store's audit trail: history per subject, and the tamper check. May block. */
public interface AuditService {

    /** Walks the hash chain and names every changed, inserted or deleted event. */
    AuditCheck verify();

    /** The events about one subject, oldest first; see {@link AuditSubjects} for kinds and keys. */
    List<AuditEvent> history(String subjectKind, String subjectKey);

    /** A policy's events, oldest first. */
    default List<AuditEvent> policyHistory(PolicyNumber number) {
        return history(AuditSubjects.POLICY, number.toString());
    }

    /** An employee's events, oldest first. */
    default List<AuditEvent> employeeHistory(String employeeId) {
        return history(AuditSubjects.EMPLOYEE, employeeId);
    }

    /**
     * Records an event in a transaction of its own: only for events that go with no store change (a backup,
     * a restore). A change records its event inside its own transaction, through its repository's
     * {@code audit()} (docs/decisions/0043-audit-trail.md).
     */
    AuditEvent record(AuditEntry entry);
}
