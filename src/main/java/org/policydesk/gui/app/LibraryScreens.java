package org.policydesk.gui.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.PolicyDocumentView;
import org.policydesk.gui.common.Styles;
import org.policydesk.gui.editor.DraftEditorView;
import org.policydesk.gui.editor.DraftEditorViewModel;
import org.policydesk.gui.editor.DraftUndoHistory;
import org.policydesk.gui.issues.IssuesView;
import org.policydesk.gui.issues.IssuesViewModel;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.policies.RedlinePane;
import org.policydesk.gui.policies.RedlineViewModel;
import org.policydesk.gui.policies.VersionActionsBar;
import org.policydesk.gui.policies.VersionActionsViewModel;
import org.policydesk.gui.references.ReferencesView;
import org.policydesk.gui.references.ReferencesViewModel;
import org.policydesk.gui.search.SearchView;
import org.policydesk.gui.search.SearchViewModel;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.library.LibraryService;
import org.policydesk.service.library.PolicyService;

/**
 * Puts the policy library into the window: version actions under the reader, the draft editor and redline as
 * tabs opened from there, and the places PRESS issues, References and Search.
 */
public final class LibraryScreens {

    private final MainView view;
    private final MainViewModel main;
    private final LibraryService library;
    private final PolicyService policies;
    private final BackgroundTasks tasks;
    /** Undo history of every draft edited in this session, kept while its tab is closed. */
    private final DraftUndoHistory undoHistory = new DraftUndoHistory();

    private LibraryScreens(MainView view, MainViewModel main, LibraryService library, PolicyService policies,
                           BackgroundTasks tasks) {
        this.view = view;
        this.main = main;
        this.library = library;
        this.policies = policies;
        this.tasks = tasks;
    }

    public static void install(MainView view, MainViewModel main, LibraryService library, PolicyService policies,
                               BackgroundTasks tasks) {
        new LibraryScreens(view, main, library, policies, tasks).install();
    }

    private void install() {
        VersionActionsViewModel actions = new VersionActionsViewModel(library, main, tasks);
        view.addReaderTool(new VersionActionsBar(actions, this::openEditor, this::openRedline, this::showClean));

        IssuesViewModel issues = new IssuesViewModel(library, tasks, () -> main.refresh(null));
        Tab issuesTab = view.navigation().lazyPlace("PRESS issues", () -> new IssuesView(issues, p -> {
            if (p.number() != null) {
                openPolicy(p.number());
            }
        }));
        issuesTab.setOnSelectionChanged(e -> {
            if (issuesTab.isSelected()) {
                issues.refresh();
            }
        });
        ReferencesViewModel references = new ReferencesViewModel(library, tasks);
        Tab referencesTab = view.navigation().lazyPlace("References", () -> new ReferencesView(references, this::openPolicy));
        referencesTab.setOnSelectionChanged(e -> {
            if (referencesTab.isSelected()) {
                references.refresh();
            }
        });
        view.navigation().lazyPlace("Search", () -> new SearchView(new SearchViewModel(library, tasks), this::openPolicy));
    }

    private void openPolicy(PolicyNumber number) {
        view.navigation().show("Policies");
        if (!main.openPolicy(number)) {
            tasks.showMessage(number + " is not in the store.");
        }
    }

    /** Opens a version in the draft editor (read-only when it is the board's record). */
    void openEditor(PolicyVersion version) {
        PolicyDetail shown = main.detailProperty().get();
        String number = shown != null && shown.summary().id() == version.policyId() ? shown.summary().displayNumber() : "";
        DraftEditorViewModel vm = new DraftEditorViewModel(library, tasks, version.id());
        DraftEditorView[] editor = new DraftEditorView[1];
        vm.setOnSaved(() -> {
            PolicyDetail now = main.detailProperty().get();
            if (now != null && now.shown().id() == version.id()) {
                main.reloadDetail();
            }
        });
        view.navigation().open("draft-" + version.id(), "Draft " + number + " v" + version.seq(), () -> {
            editor[0] = new DraftEditorView(vm, main::hasPolicy, this::openPolicy, undoHistory);
            vm.load();
            return editor[0];
        }, () -> {
            if (editor[0] != null) {
                editor[0].flush();
            }
        });
    }

    private void openRedline(PolicyDetail detail) {
        RedlineViewModel vm = new RedlineViewModel(library, policies, tasks, detail.summary().id());
        view.navigation().open("redline-" + detail.summary().id(), "Redline " + detail.summary().displayNumber(), () -> {
            RedlinePane pane = new RedlinePane(vm);
            pane.setId("redlinePane");
            vm.compare(null, null);
            return pane;
        }, null);
    }

    /** The text as the board publishes it, formatted, with a button to save it as a text file. */
    private void showClean(PolicyDetail detail, String clean) {
        tasks.runQuietly(p -> library.parse(clean), doc -> {
            PolicyDocumentView reader = new PolicyDocumentView(main::hasPolicy, this::openPolicy);
            PolicyVersion shown = detail.shown();
            reader.show(new PolicyDetail(detail.summary(), detail.versions(), shown, doc));
            ScrollPane scroll = new ScrollPane(reader);
            scroll.setFitToWidth(true);
            Button save = new Button("Save as text file…");
            save.setOnAction(e -> saveClean(detail, clean));
            Label note = new Label("As the board publishes it: no PRESSPlus markers or comments. The stored version keeps them.");
            note.getStyleClass().add(Styles.READ_ONLY_NOTE);
            HBox bar = new HBox(12, save, note);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.getStyleClass().add(Styles.EDITOR_TOOLBAR);
            BorderPane pane = new BorderPane(scroll);
            pane.setTop(bar);
            pane.getStyleClass().add(Styles.READER);
            String key = "clean-" + shown.id();
            view.navigation().close(key);
            view.navigation().open(key, "Clean " + detail.summary().displayNumber() + " v" + shown.seq(), () -> pane, null);
        }, failure -> tasks.showFailure(failure));
    }

    private void saveClean(PolicyDetail detail, String clean) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the clean text");
        chooser.setInitialFileName(detail.summary().displayNumber().replace(':', '-') + "-clean.txt");
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file == null) {
            return;
        }
        tasks.run("Saving the clean text", p -> {
            try {
                // The save dialog has asked before replacing; written whole or not at all, like every export.
                AtomicFileWriter.write(file.toPath(), clean.getBytes(StandardCharsets.UTF_8),
                        AtomicFileWriter.Overwrite.REPLACE);
                return file.getName();
            } catch (IOException e) {
                throw new IOException(file.getName() + " could not be saved there; choose another folder.", e);
            }
        }, name -> tasks.showMessage("Saved " + name + "."),
                failure -> ErrorDialog.create(view.getScene().getWindow(), "The clean text was not saved.", failure).show());
    }
}
