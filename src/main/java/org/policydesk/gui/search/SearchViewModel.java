package org.policydesk.gui.search;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.SearchHit;
import org.policydesk.service.library.LibraryService;

/** Full-text search over the current texts, as the user types; older answers overtaken by newer ones are dropped. */
public final class SearchViewModel {
    static final int LIMIT = 200;

    private final LibraryService library;
    private final BackgroundTasks tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private int generation;

    public SearchViewModel(LibraryService library, BackgroundTasks tasks) {
        this.library = library;
        this.tasks = tasks;
        query.addListener((o, old, q) -> search());
    }

    private void search() {
        String q = query.get();
        int g = ++generation;
        if (q == null || q.isBlank()) {
            hits.clear();
            summary.set("");
            return;
        }
        tasks.runQuietly(p -> library.search(q, LIMIT), found -> {
            if (g == generation) {
                hits.setAll(found);
                summary.set(found.isEmpty() ? "No policy holds every word of “" + q.strip() + "”"
                        : found.size() + (found.size() == 1 ? " policy" : " policies")
                        + (found.size() >= LIMIT ? " (the first " + LIMIT + ")" : ""));
            }
        }, failure -> tasks.showFailure(failure));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
