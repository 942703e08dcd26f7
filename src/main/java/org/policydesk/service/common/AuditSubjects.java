package org.policydesk.service.common;

import org.policydesk.model.AuditKinds;
import org.policydesk.model.PolicyNumber;

/**
 * The subject kinds and keys the audit trail files events under, in one place so history look-ups and
 * the features that record events agree. See docs/decisions/0043-audit-trail.md.
 */
public final class AuditSubjects {
    public static final String POLICY = AuditKinds.POLICY;
    public static final String EMPLOYEE = AuditKinds.EMPLOYEE;
    public static final String ROSTER = AuditKinds.ROSTER;
    public static final String STORE = AuditKinds.STORE;
    public static final String TRAINING = AuditKinds.TRAINING;
    public static final String SETTING = AuditKinds.SETTING;

    private AuditSubjects() {
    }

    /** A policy's key: its number, or {@code id:<n>} for a text whose number was not recognised. */
    public static String policyKey(PolicyNumber number, long policyId) {
        return number == null ? "id:" + policyId : number.toString();
    }
}
