package org.policydesk.gui.policies;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.slf4j.LoggerFactory;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.DocumentFormats;
import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionEvent;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.library.DraftAlreadyOpenException;
import org.policydesk.service.library.LibraryService;

/**
 * What can be done to the version shown in the reader: start a new draft, move it along, adopt it with the
 * vote date, discard it. Each action runs in the background, then reloads the list and the reader.
 */
public final class VersionActionsViewModel {

    private final LibraryService library;
    private final MainViewModel main;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");

    public VersionActionsViewModel(LibraryService library, MainViewModel main, BackgroundTasks tasks) {
        this.library = library;
        this.main = main;
        this.tasks = tasks;
        main.detailProperty().addListener((o, old, d) -> update(d));
        update(main.detailProperty().get());
    }

    private void update(PolicyDetail d) {
        shown.set(d != null);
        open.set(d != null && d.shown().status().isOpen());
    }

    /** True when the version shown is an open draft: it can be edited, moved, adopted or discarded. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True when the reader shows a policy at all. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public PolicyDetail detail() {
        return main.detailProperty().get();
    }

    /**
     * Starts a new draft from the adopted text, shows it, and hands it to {@code opened} (to open the editor).
     * When a draft is already open, {@code alreadyOpen} gets the refusal, to offer opening that draft instead.
     */
    public void newDraft(Consumer<PolicyVersion> opened, Consumer<DraftAlreadyOpenException> alreadyOpen) {
        PolicyDetail d = detail();
        if (d == null) {
            return;
        }
        tasks.run("Starting a new draft", p -> library.newDraft(d.summary().id()), draft -> {
            tasks.showMessage("New draft: version " + draft.seq() + " of " + d.summary().displayNumber()
                    + ", from the adopted text.");
            main.reload(draft.seq());
            opened.accept(draft);
        }, failure -> {
            if (failure instanceof DraftAlreadyOpenException open) {
                alreadyOpen.accept(open);
            } else {
                failed(failure);
            }
        });
    }

    /** Shows an open draft in the reader and hands it to {@code opened} (to open the editor). */
    public void openDraft(PolicyVersion draft, Consumer<PolicyVersion> opened) {
        main.reload(draft.seq());
        opened.accept(draft);
    }

    public void move(VersionStatus to) {
        PolicyDetail d = detail();
        if (d == null) {
            return;
        }
        tasks.run("Moving to " + to.label(), p -> library.changeStatus(d.shown().id(), to), v -> {
            tasks.showMessage(d.summary().displayNumber() + " version " + v.seq() + " is now at " + v.status().label() + ".");
            main.reload(v.seq());
        }, this::failed);
    }

    public void adopt(LocalDate voteDate, AdoptionOutcome outcome, boolean editorial) {
        PolicyDetail d = detail();
        if (d == null) {
            return;
        }
        tasks.run("Recording the adoption", p -> library.adopt(d.shown().id(), voteDate, outcome, editorial), v -> {
            tasks.showMessage(d.summary().displayNumber() + " version " + v.seq() + " adopted on "
                    + DocumentFormats.date(org.policydesk.model.PartialDate.of(voteDate)) + ".");
            main.reload(v.seq());
        }, this::failed);
    }

    public void discard() {
        PolicyDetail d = detail();
        if (d == null) {
            return;
        }
        tasks.run("Discarding the draft", p -> library.discard(d.shown().id()), v -> {
            tasks.showMessage("Version " + v.seq() + " of " + d.summary().displayNumber()
                    + " was set aside; it stays viewable in the version list.");
            main.reload(v.seq());
        }, this::failed);
    }

    /** The workflow history of the policy shown. */
    public void history(Consumer<List<VersionEvent>> shown) {
        PolicyDetail d = detail();
        if (d != null) {
            tasks.runQuietly(p -> library.events(d.summary().id()), shown, this::failed);
        }
    }

    /** The clean text of the version shown, as a board publishes it. */
    public void cleanText(Consumer<String> shown) {
        PolicyDetail d = detail();
        if (d != null) {
            tasks.runQuietly(p -> library.cleanText(d.shown().id()), shown, this::failed);
        }
    }

    private void failed(Throwable failure) {
        LoggerFactory.getLogger(VersionActionsViewModel.class).info("Library action refused or failed", failure);
        tasks.showFailure(failure);
    }
}
