package org.policydesk.service.admin;

import java.util.Locale;
import java.util.Map;

import org.policydesk.model.AuditEvent;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.VersionStatus;

/** Says what an audit event records in one plain sentence, for the history panels and {@code audit history}. */
public final class AuditDescriptions {

    private AuditDescriptions() {
    }

    public static String describe(AuditEvent e) {
        Map<String, String> d = e.details();
        String version = d.containsKey("version") ? "Version " + d.get("version") : "A version";
        return switch (e.action()) {
            case AuditKinds.POLICY_IMPORT -> version + " imported from " + d.getOrDefault("source", "a file")
                    + " as " + status(d.get("status")) + ".";
            case AuditKinds.VERSION_DRAFT -> version + " started as a new draft from version " + d.get("based_on") + ".";
            case AuditKinds.VERSION_STATUS -> version + " moved from " + status(d.get("from")) + " to "
                    + status(d.get("to")) + ".";
            case AuditKinds.VERSION_ADOPT -> version + " adopted by the board on " + d.get("vote_date")
                    + ("true".equals(d.get("editorial")) ? " (editorial change only)." : ".");
            case AuditKinds.VERSION_SUPERSEDE -> version + " superseded by version " + d.get("by_version") + ".";
            case AuditKinds.VERSION_DISCARD -> version + " discarded (it was " + status(d.get("from")) + ").";
            case AuditKinds.VERSION_ISSUE -> version + " taken in with PRESS Issue " + d.getOrDefault("issue", "(not named)")
                    + " as a draft.";
            case AuditKinds.DRAFT_EDIT -> version + " text edited.";
            case AuditKinds.COMMENT_EDIT -> version + ": PRESSPlus comment " + d.get("comment") + " edited.";
            case AuditKinds.STATEMENT_CHANGE -> d.containsKey("reset") ? "Acknowledgment statement set back to the default wording."
                    : "Acknowledgment statement changed.";
            case AuditKinds.SHEET_PRINT -> "Acknowledgment sheet " + d.get("sheet") + " made for version "
                    + d.get("version") + " (" + org.policydesk.model.Counted.people(Long.parseLong(d.get("lines"))) + ").";
            case AuditKinds.ROSTER_IMPORT -> "Roster " + e.subjectKey() + " imported: " + d.get("added") + " added, "
                    + d.get("changed") + " changed, " + d.get("departed") + " departed.";
            case AuditKinds.EMPLOYEE_ADD -> "Added by roster " + d.get("roster") + ".";
            case AuditKinds.EMPLOYEE_CHANGE -> "Changed by roster " + d.get("roster") + ": " + d.get("changes") + ".";
            case AuditKinds.EMPLOYEE_DEPART -> "Marked as left (" + d.get("leave_date") + ") by roster " + d.get("roster") + ".";
            case AuditKinds.ACKNOWLEDGMENT_RECORD -> "Acknowledged policy " + d.get("policy") + " version " + d.get("version")
                    + ("KIOSK".equals(d.get("method")) ? " at the kiosk." : " on paper sheet " + d.get("sheet") + ".")
                    + (d.get("correction") == null ? "" : " Correction: " + d.get("correction"));
            case AuditKinds.ACKNOWLEDGMENT_STRIKE -> "STRUCK OUT: acknowledgment of policy " + d.get("policy")
                    + " version " + d.get("version") + (d.get("sheet") == null ? "" : " on sheet " + d.get("sheet"))
                    + " no longer counts. Reason: " + d.get("reason");
            case AuditKinds.TRAINING_SESSION -> "Training session " + d.get("type") + " held " + d.get("held_on") + ".";
            case AuditKinds.TRAINING_ATTEND -> "Attended " + d.get("type") + " on " + d.get("held_on") + ".";
            case AuditKinds.TRAINING_UNATTEND -> "Taken off the attendance of " + d.get("type") + " on " + d.get("held_on") + ".";
            case AuditKinds.SETTING_CHANGE -> "Setting " + e.subjectKey() + " changed to " + d.get("value") + ".";
            case "store.backup" -> "Backup made: " + d.get("file") + ".";
            case "store.restore" -> "Store restored from " + d.get("from") + ".";
            case "store.encryption" -> "true".equals(d.get("encrypted")) ? "Passphrase set or changed."
                    : "Passphrase removed.";
            default -> e.action() + (d.isEmpty() ? "" : " " + d);
        };
    }

    private static String status(String name) {
        if (name == null) {
            return "unknown";
        }
        try {
            return VersionStatus.valueOf(name).label();
        } catch (IllegalArgumentException ex) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
