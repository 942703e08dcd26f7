package org.policydesk.model;

/**
 * The subject kinds and actions of audit events, in one place so the repositories and services that record
 * them and the history panels and commands that read them agree. See docs/decisions/0042-audit-trail.md and 0045.
 */
public final class AuditKinds {
    // Subject kinds; the key is a policy number, an employee ID, a file name, a session id, a setting name.
    public static final String POLICY = "policy";
    public static final String EMPLOYEE = "employee";
    public static final String ROSTER = "roster";
    public static final String STORE = "store";
    public static final String TRAINING = "training";
    public static final String SETTING = "setting";

    // Actions on policies and their versions.
    public static final String POLICY_IMPORT = "policy.import";
    public static final String VERSION_DRAFT = "version.draft";
    public static final String VERSION_STATUS = "version.status";
    public static final String VERSION_ADOPT = "version.adopt";
    public static final String VERSION_SUPERSEDE = "version.supersede";
    public static final String VERSION_DISCARD = "version.discard";
    public static final String VERSION_ISSUE = "version.issue";
    public static final String DRAFT_EDIT = "draft.edit";
    public static final String COMMENT_EDIT = "comment.edit";
    public static final String STATEMENT_CHANGE = "statement.change";
    public static final String SHEET_PRINT = "sheet.print";

    // Actions on staff and training.
    public static final String ROSTER_IMPORT = "roster.import";
    public static final String EMPLOYEE_ADD = "employee.add";
    public static final String EMPLOYEE_CHANGE = "employee.change";
    public static final String EMPLOYEE_DEPART = "employee.depart";
    public static final String ACKNOWLEDGMENT_RECORD = "acknowledgment.record";
    public static final String ACKNOWLEDGMENT_STRIKE = "acknowledgment.strike";
    public static final String TRAINING_SESSION = "training.session";
    public static final String TRAINING_ATTEND = "training.attend";
    public static final String TRAINING_UNATTEND = "training.unattend";

    // Actions on the store and its settings.
    public static final String SETTING_CHANGE = "setting.change";

    private AuditKinds() {
    }
}
