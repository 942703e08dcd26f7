package org.policydesk.gui.policies;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.AuditEvent;
import org.policydesk.service.admin.AuditDescriptions;
import org.policydesk.service.admin.AuditService;
import org.policydesk.service.common.AuditSubjects;

/**
 * The history of one policy or one employee, read from the audit trail in the background, newest first.
 * Loads only while the panel is open ({@link #setActive}), so browsing policies costs nothing when it is closed.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US)
            .withZone(ZoneId.systemDefault());

    /** One row: when, what happened (a sentence), and who did it. */
    public record Row(String when, String what, String who) {
    }

    private final AuditService audit;
    private final BackgroundTasks tasks;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("History");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private String kind;
    private String key;
    private boolean active;
    private long generation;

    public HistoryViewModel(AuditService audit, BackgroundTasks tasks) {
        this.audit = audit;
        this.tasks = tasks;
    }

    /** Follows a policy, by its audit key (its number, or id:N when it has none). */
    public void showPolicy(String policyKey, String label) {
        show(AuditSubjects.POLICY, policyKey, label);
    }

    /** Follows an employee, by employee ID. */
    public void showEmployee(String employeeNo, String label) {
        show(AuditSubjects.EMPLOYEE, employeeNo, label);
    }

    public void clear() {
        show(null, null, null);
    }

    private void show(String kind, String key, String label) {
        this.kind = kind;
        this.key = key;
        title.set(label == null ? "History" : "History of " + label);
        reload();
    }

    /** True while the panel is open; opening it loads the subject's history. */
    public void setActive(boolean active) {
        this.active = active;
        reload();
    }

    /** Reads the history again (after a change). */
    public void reload() {
        long asked = ++generation;
        if (kind == null) {
            rows.clear();
            placeholder.set("Select a policy or an employee to see its history.");
            return;
        }
        if (!active) {
            return;
        }
        String k = kind;
        String subject = key;
        placeholder.set("Reading the history…");
        tasks.runQuietly(p -> audit.history(k, subject), events -> {
            if (asked == generation) {
                rows.setAll(toRows(events));
                placeholder.set("Nothing recorded yet.");
            }
        }, failure -> {
            org.slf4j.LoggerFactory.getLogger(HistoryViewModel.class).warn("Cannot read the history of {} {}", k,
                    subject, failure);
            if (asked == generation) {
                rows.clear();
                placeholder.set("The history could not be read; the details are in the log.");
            }
        });
    }

    static List<Row> toRows(List<AuditEvent> events) {
        return events.stream().sorted((a, b) -> Long.compare(b.seq(), a.seq()))
                .map(e -> new Row(WHEN.format(e.at()), AuditDescriptions.describe(e), e.actor())).toList();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
