package org.policydesk.gui.editor;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.policydesk.gui.common.PolicyDocumentView;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PressComment;

/**
 * The draft editor: PRESS text on the left, the formatted preview on the right, the checks below. Undo and
 * redo come with the text area (Ctrl+Z, Ctrl+Y); Ctrl+B and Ctrl+I mark bold and italic, Ctrl+S saves,
 * Ctrl+F finds and Ctrl+H replaces. Two seconds after typing stops the draft saves itself.
 */
public final class DraftEditorView extends BorderPane {
    static final Duration AUTOSAVE_AFTER = Duration.seconds(2);
    private static final Duration PREVIEW_AFTER = Duration.millis(300);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final DraftEditorViewModel viewModel;
    private final PolicyDocumentView preview;
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_AFTER);
    private final PauseTransition previewDelay = new PauseTransition(PREVIEW_AFTER);
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final HBox findBar;
    private final DraftUndoHistory undoHistory;
    private final javafx.beans.value.ChangeListener<String> onText = (o, old, t) -> changed();
    private final javafx.beans.value.ChangeListener<Number> onCaret = (o, old, c) -> caretMoved(c.intValue());
    private TextArea area;
    private SplitPane split;

    public DraftEditorView(DraftEditorViewModel viewModel, java.util.function.Predicate<org.policydesk.model.PolicyNumber> inStore,
                    java.util.function.Consumer<org.policydesk.model.PolicyNumber> openPolicy) {
        this(viewModel, inStore, openPolicy, new DraftUndoHistory());
    }

    /** @param undoHistory where the editor's text area (and its undo history) stays when the tab closes */
    public DraftEditorView(DraftEditorViewModel viewModel, java.util.function.Predicate<org.policydesk.model.PolicyNumber> inStore,
                    java.util.function.Consumer<org.policydesk.model.PolicyNumber> openPolicy,
                    DraftUndoHistory undoHistory) {
        this.viewModel = viewModel;
        this.undoHistory = undoHistory;
        this.preview = new PolicyDocumentView(inStore, openPolicy);
        setId("draftEditor");
        getStyleClass().add(Styles.READER);
        findBar = findBar();
        Label loading = new Label("Opening the draft…");
        loading.getStyleClass().add(Styles.PLACEHOLDER);
        setCenter(loading);

        autosave.setOnFinished(e -> viewModel.autosave());
        previewDelay.setOnFinished(e -> viewModel.refreshPreview());
        viewModel.previewProperty().addListener((o, old, detail) -> showPreview(detail));
        viewModel.loadedProperty().addListener((o, old, state) -> {
            if (state != null && area == null) {
                build(state.text(), state.caret(), state.version().status().isOpen());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void build(String text, int caret, boolean editable) {
        TextArea kept = editable ? undoHistory.take(viewModel.versionId(), text) : null;
        area = kept != null ? kept : new TextArea(text);
        area.setId("draftText");
        if (!area.getStyleClass().contains(Styles.EDITOR_TEXT)) {
            area.getStyleClass().add(Styles.EDITOR_TEXT);
        }
        area.setWrapText(true);
        area.setEditable(editable);
        area.textProperty().addListener(onText);
        area.caretPositionProperty().addListener(onCaret);

        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setId("draftPreview");
        previewScroll.setFitToWidth(true);
        split = new SplitPane(area, previewScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);

        ListView<DraftFinding> findings = new ListView<>(viewModel.findings());
        findings.setId("findings");
        findings.getStyleClass().add(Styles.FINDINGS);
        findings.setPlaceholder(new Label("No problems found in this draft."));
        findings.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DraftFinding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll(Styles.FINDING_PROBLEM, Styles.FINDING_HINT);
                setText(empty || f == null ? null : (f.severity() == DraftFinding.Severity.HINT ? "Hint — " : "")
                        + f.toString());
                if (!empty && f != null) {
                    getStyleClass().add(f.severity() == DraftFinding.Severity.HINT ? Styles.FINDING_HINT
                            : Styles.FINDING_PROBLEM);
                }
            }
        });
        findings.setOnMouseClicked(e -> {
            DraftFinding f = findings.getSelectionModel().getSelectedItem();
            if (f != null && f.line() > 0) {
                int at = DraftEditorViewModel.lineStart(area.getText(), f.line());
                area.requestFocus();
                area.positionCaret(at);
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        setTop(new VBox(toolbar(editable), findBar));
        setCenter(split);
        setBottom(findings);
        Platform.runLater(() -> {
            area.requestFocus();
            area.positionCaret(Math.min(caret, area.getLength()));
        });
    }

    private void caretMoved(int caret) {
        viewModel.edited(area.getText(), caret);
        autosave.playFromStart();
    }

    private void changed() {
        viewModel.edited(area.getText(), area.getCaretPosition());
        autosave.playFromStart();
        previewDelay.playFromStart();
    }

    private HBox toolbar(boolean editable) {
        Button save = button("Save", "Save now (Ctrl+S); drafts also save themselves as you type", this::saveNow);
        save.setId("saveDraft");
        Button undo = button("Undo", "Ctrl+Z", () -> area.undo());
        Button redo = button("Redo", "Ctrl+Y", () -> area.redo());
        undo.disableProperty().bind(area.undoableProperty().not());
        redo.disableProperty().bind(area.redoableProperty().not());
        Button bold = button("Bold", "Ctrl+B", () -> toggle("**"));
        bold.setStyle("-fx-font-weight: bold;");
        Button italic = button("Italic", "Ctrl+I", () -> toggle("*"));
        italic.setStyle("-fx-font-style: italic;");
        Button find = button("Find / replace", "Ctrl+F, Ctrl+H", () -> showFind(false));
        Button comments = button("PRESSPlus comment…", "Edit a comment's text, issue number and month", this::editComment);
        comments.setId("editComment");
        Label saved = new Label();
        saved.setId("saveState");
        saved.getStyleClass().add(Styles.EDITOR_SAVED);
        saved.textProperty().bind(viewModel.saveStateProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(save, undo, redo, bold, italic, find, comments, grow, saved);
        if (!editable) {
            bar.getChildren().setAll(new Label("This version is the board's record and cannot be edited."), grow);
        }
        bar.getStyleClass().add(Styles.EDITOR_TOOLBAR);
        return bar;
    }

    private HBox findBar() {
        findField.setId("findField");
        findField.setPromptText("Find");
        replaceField.setId("replaceField");
        replaceField.setPromptText("Replace with");
        Button next = button("Next", "Enter", this::findNext);
        Button replace = button("Replace", null, this::replaceOne);
        Button all = button("Replace all", null, this::replaceAll);
        all.setId("replaceAll");
        Button close = button("Close", "Escape", () -> {
            findBarVisible(false);
            area.requestFocus();
        });
        findField.setOnAction(e -> findNext());
        HBox bar = new HBox(findField, next, replaceField, replace, all, matchCase, close);
        bar.getStyleClass().add(Styles.FIND_BAR);
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    private void findBarVisible(boolean visible) {
        findBar.setVisible(visible);
        findBar.setManaged(visible);
    }

    private void showFind(boolean replace) {
        findBarVisible(true);
        if (area != null && !area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            findField.setText(area.getSelectedText());
        }
        (replace ? replaceField : findField).requestFocus();
    }

    private void findNext() {
        int at = DraftEditorViewModel.find(area.getText(), findField.getText(), area.getCaretPosition(), matchCase.isSelected());
        if (at >= 0) {
            area.selectRange(at, at + findField.getText().length());
        } else {
            viewModel.saveStateProperty(); // nothing found: the field turns red
            findField.setStyle("-fx-text-fill: #b3261e;");
            return;
        }
        findField.setStyle("");
    }

    private void replaceOne() {
        String selected = area.getSelectedText();
        String query = findField.getText();
        boolean matches = matchCase.isSelected() ? selected.equals(query) : selected.equalsIgnoreCase(query);
        if (!query.isEmpty() && matches) {
            area.replaceSelection(replaceField.getText());
        }
        findNext();
    }

    private void replaceAll() {
        DraftEditorViewModel.Replaced r = DraftEditorViewModel.replaceAll(area.getText(), findField.getText(),
                replaceField.getText(), matchCase.isSelected());
        if (r.count() > 0) {
            int caret = Math.min(area.getCaretPosition(), r.text().length());
            area.replaceText(0, area.getLength(), r.text());
            area.positionCaret(caret);
        }
        findField.setStyle(r.count() == 0 ? "-fx-text-fill: #b3261e;" : "");
    }

    private void toggle(String mark) {
        if (area == null || !area.isEditable()) {
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        DraftEditorViewModel.Edit edit = DraftEditorViewModel.toggle(area.getText(), start, end, mark);
        // Replace only the changed span so that undo takes back exactly this.
        int from = Math.max(0, Math.min(start, edit.selectionStart()) - mark.length());
        int oldTo = Math.min(area.getLength(), Math.max(end, edit.selectionEnd()) + mark.length());
        int newTo = oldTo + edit.text().length() - area.getLength();
        area.replaceText(from, oldTo, edit.text().substring(from, newTo));
        area.selectRange(edit.selectionStart(), edit.selectionEnd());
    }

    private void saveNow() {
        autosave.stop();
        viewModel.autosave();
    }

    /** Saves what is unsaved and keeps the text area with its undo history; called when the tab closes. */
    public void flush() {
        autosave.stop();
        previewDelay.stop();
        viewModel.autosave();
        if (area != null && area.isEditable()) {
            area.textProperty().removeListener(onText);
            area.caretPositionProperty().removeListener(onCaret);
            split.getItems().remove(area);
            undoHistory.keep(viewModel.versionId(), area);
        }
    }

    private void shortcut(KeyEvent e) {
        if (area == null) {
            return;
        }
        if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            saveNow();
        } else if (new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN).match(e)) {
            toggle("**");
        } else if (new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN).match(e)) {
            toggle("*");
        } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            showFind(false);
        } else if (new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN).match(e)) {
            showFind(true);
        } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
            area.redo();
        } else if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
            findBarVisible(false);
            area.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    private void showPreview(PolicyDetail detail) {
        preview.show(detail);
    }

    /** A small form: which comment, its wording, issue number and month. */
    private void editComment() {
        PolicyDetail shown = viewModel.previewProperty().get();
        java.util.List<PressComment> comments = shown == null ? java.util.List.of() : shown.document().comments();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("PRESSPlus comment");
        dialog.setHeaderText("Edit a PRESSPlus comment, or add one with a new number");
        ComboBox<Integer> number = new ComboBox<>();
        comments.forEach(c -> number.getItems().add(c.n()));
        int next = comments.stream().mapToInt(PressComment::n).max().orElse(0) + 1;
        number.getItems().add(next);
        TextArea wording = new TextArea();
        wording.setWrapText(true);
        wording.setPrefRowCount(3);
        TextField issue = new TextField();
        issue.setPromptText("117");
        TextField month = new TextField();
        month.setPromptText("October 2024");
        number.valueProperty().addListener((o, old, n) -> {
            Optional<PressComment> c = comments.stream().filter(x -> x.n() == n).findFirst();
            wording.setText(c.map(this::wordingOf).orElse(""));
            issue.setText(c.map(PressComment::issue).map(String::valueOf).orElse(""));
            month.setText(c.map(PressComment::issued).map(MONTH::format).orElse(""));
        });
        number.setValue(comments.isEmpty() ? next : comments.get(0).n());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("Comment"), number);
        form.addRow(1, new Label("Wording"), wording);
        form.addRow(2, new Label("Issue number"), issue);
        form.addRow(3, new Label("Issued (month year)"), month);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Integer issueNumber;
            YearMonth issued;
            try {
                issueNumber = issue.getText().isBlank() ? null : Integer.valueOf(issue.getText().strip());
                issued = month.getText().isBlank() ? null : parseMonth(month.getText().strip());
            } catch (NumberFormatException | DateTimeParseException ex) {
                viewModel.saveStateProperty();
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                        "The issue is a number such as 117, and the month reads like October 2024.").show();
                return;
            }
            viewModel.editComment(number.getValue(), wording.getText(), issueNumber, issued,
                    text -> area.replaceText(0, area.getLength(), text));
        });
    }

    private String wordingOf(PressComment c) {
        return c.text().replaceFirst("(?i)\\s*\\bIssue\\s*\\d{1,4}\\b.*$", "").strip();
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text, DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US));
        } catch (DateTimeParseException e) {
            return YearMonth.parse(text);
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        if (tip != null) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
