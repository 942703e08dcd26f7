package org.policydesk.service.admin;

import java.util.List;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditEvent;
import org.policydesk.store.AuditTrail;

/** {@link AuditService} on the store's {@link AuditTrail}. */
public final class DefaultAuditService implements AuditService {
    private final AuditTrail trail;

    public DefaultAuditService(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public AuditCheck verify() {
        return trail.verify();
    }

    @Override
    public List<AuditEvent> history(String subjectKind, String subjectKey) {
        return trail.history(subjectKind, subjectKey);
    }

    @Override
    public AuditEvent record(AuditEntry entry) {
        return trail.append(entry);
    }
}
