package org.policydesk.gui.references;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.ReferenceHit;
import org.policydesk.service.library.LibraryService;

/** The References place: CROSS REFs that point nowhere, who cites a statute, who refers to a policy. */
public final class ReferencesViewModel {

    private final LibraryService library;
    private final BackgroundTasks tasks;
    private final ObservableList<ReferenceHit> broken = FXCollections.observableArrayList();
    private final ObservableList<ReferenceHit> found = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper foundTitle = new ReadOnlyStringWrapper(this, "foundTitle", "");

    public ReferencesViewModel(LibraryService library, BackgroundTasks tasks) {
        this.library = library;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.runQuietly(p -> library.brokenCrossRefs(), broken::setAll, this::failed);
    }

    /** "Who cites 820 ILCS 55/10?" — or, when the question is a policy number, "who refers to 5:125?". */
    public void ask(String question) {
        if (question == null || question.isBlank()) {
            return;
        }
        String q = question.strip();
        var number = PolicyNumber.tryParse(q);
        tasks.runQuietly(p -> number.isPresent() ? library.refersTo(number.get()) : library.cites(q), hits -> {
            found.setAll(hits);
            boolean one = hits.size() == 1;
            String what = number.isPresent()
                    ? (one ? "refers to " : "refer to ") + number.get() + (one ? " in its" : " in their") + " CROSS REF"
                    : (one ? "cites " : "cite ") + q + (one ? " in its" : " in their") + " LEGAL REF";
            foundTitle.set(hits.isEmpty() ? "No policy " + (number.isPresent() ? "refers to " + number.get() : "cites " + q)
                    : hits.size() + (one ? " policy " : " policies ") + what);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        tasks.showFailure(failure);
    }

    public ObservableList<ReferenceHit> broken() {
        return broken;
    }

    public ObservableList<ReferenceHit> found() {
        return found;
    }

    public ReadOnlyStringProperty foundTitleProperty() {
        return foundTitle.getReadOnlyProperty();
    }
}
