package org.policydesk.gui.issues;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.IssuePolicy;
import org.policydesk.model.IssueSummary;
import org.policydesk.model.RedlineReport;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.library.IssueImport;
import org.policydesk.service.library.LibraryService;

/** The PRESS issues place: the issues, the policies one touches, their redlines, bulk moves and issue import. */
public final class IssuesViewModel {

    private final LibraryService library;
    private final BackgroundTasks tasks;
    private final Runnable changed;
    private final ObservableList<IssueSummary> issues = FXCollections.observableArrayList();
    private final ObservableList<IssuePolicy> policies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> issue = new ReadOnlyObjectWrapper<>(this, "issue");
    private final ReadOnlyObjectWrapper<RedlineReport> redline = new ReadOnlyObjectWrapper<>(this, "redline");
    private int redlineGeneration;

    /** @param changed run after anything that changes policies, so the policy list reloads */
    public IssuesViewModel(LibraryService library, BackgroundTasks tasks, Runnable changed) {
        this.library = library;
        this.tasks = tasks;
        this.changed = changed;
    }

    public void refresh() {
        Integer shown = issue.get();
        tasks.runQuietly(p -> library.issues(), list -> {
            issues.setAll(list);
            Integer pick = shown != null ? shown : list.isEmpty() ? null : list.get(0).issue();
            if (pick != null) {
                showIssue(pick);
            }
        }, this::failed);
    }

    public void showIssue(int number) {
        issue.set(number);
        tasks.runQuietly(p -> library.issue(number), list -> {
            if (Integer.valueOf(number).equals(issue.get())) {
                policies.setAll(list);
            }
        }, this::failed);
    }

    /** Shows the redline of a policy's issue version against its adopted text. */
    public void showRedline(IssuePolicy policy) {
        int g = ++redlineGeneration;
        if (policy == null) {
            redline.set(null);
            return;
        }
        tasks.runQuietly(p -> library.redline(policy.policyId(), null, policy.version().seq()), r -> {
            if (g == redlineGeneration) {
                redline.set(r);
            }
        }, this::failed);
    }

    /** Moves the selected drafts to committee or first reading, all or none. */
    public void move(List<IssuePolicy> selected, VersionStatus to) {
        if (selected.isEmpty()) {
            tasks.showMessage("Select the policies to move first.");
            return;
        }
        List<Long> ids = selected.stream().map(p -> p.version().id()).toList();
        tasks.run("Moving " + org.policydesk.model.Counted.of(ids.size(), "policy", "policies") + " to " + to.label(), p -> library.changeStatus(ids, to), moved -> {
            tasks.showMessage(org.policydesk.model.Counted.of(moved.size(), "policy", "policies") + " moved to " + to.label() + ".");
            refresh();
            changed.run();
        }, this::failed);
    }

    /** Imports an issue from files or folders; {@code number} null reads it from each policy's comments. */
    public void importIssue(List<Path> paths, Integer number) {
        tasks.run("Importing the PRESS issue", p -> library.importIssue(paths, number), (IssueImport result) -> {
            tasks.showMessage("Imported " + org.policydesk.model.Counted.of(result.imported().size(), "policy", "policies")
                    + (result.failures().isEmpty() ? "." : "; " + result.failures().size() + " could not be read: "
                    + String.join("; ", result.failures()))
                    + (result.warnings().isEmpty() ? "" : " " + String.join(" ", result.warnings())));
            Integer first = number != null ? number : result.imported().stream()
                    .map(o -> o.version().pressIssue()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (first != null) {
                issue.set(first);
            }
            refresh();
            changed.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        tasks.showFailure(failure);
    }

    public ObservableList<IssueSummary> issues() {
        return issues;
    }

    public ObservableList<IssuePolicy> policies() {
        return policies;
    }

    public ReadOnlyObjectProperty<Integer> issueProperty() {
        return issue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RedlineReport> redlineProperty() {
        return redline.getReadOnlyProperty();
    }
}
