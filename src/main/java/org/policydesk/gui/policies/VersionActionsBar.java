package org.policydesk.gui.policies;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.policydesk.gui.common.Styles;
import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionEvent;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.library.DraftAlreadyOpenException;

/**
 * The reader's library buttons for the version shown: for an open draft Edit, Move to…, Adopt… and Discard;
 * for any version New draft, Redline, History and Clean text.
 */
public final class VersionActionsBar extends HBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    private final VersionActionsViewModel viewModel;

    /**
     * @param edit    opens a version in the draft editor
     * @param redline opens the redline of the policy shown
     * @param clean   shows a text as the board publishes it (title, text)
     */
    public VersionActionsBar(VersionActionsViewModel viewModel, Consumer<PolicyVersion> edit, Consumer<PolicyDetail> redline,
                      java.util.function.BiConsumer<PolicyDetail, String> clean) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.VERSION_ACTIONS);
        Region grow = new Region();
        setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);

        Button editButton = button("editDraft", "Edit draft", "Open this draft in the editor",
                () -> edit.accept(viewModel.detail().shown()));
        MenuButton move = new MenuButton("Move to");
        move.setId("moveDraft");
        for (VersionStatus to : new VersionStatus[] {VersionStatus.COMMITTEE, VersionStatus.FIRST_READING,
                VersionStatus.HELD, VersionStatus.NOT_ADOPTED, VersionStatus.DRAFT}) {
            MenuItem item = new MenuItem(to == VersionStatus.NOT_ADOPTED ? "Not adopted (board voted no)"
                    : to == VersionStatus.HELD ? "Held for future response" : to.label());
            item.setOnAction(e -> viewModel.move(to));
            move.getItems().add(item);
        }
        Button adopt = button("adoptDraft", "Adopt…", "Record the board's vote", this::adopt);
        Button discard = button("discardDraft", "Discard", "Set this draft aside; it stays viewable", this::discard);
        Button newDraft = button("newDraft", "New draft", "Start a new draft from the adopted text",
                () -> viewModel.newDraft(edit, open -> offerOpenDraft(open, edit)));
        Button redlineButton = button("showRedline", "Redline", "Compare two versions word by word",
                () -> redline.accept(viewModel.detail()));
        Button history = button("showHistory", "History", "Every step this policy's versions went through", this::history);
        Button cleanButton = button("showClean", "Clean text", "The text as the board publishes it: no PRESSPlus "
                + "markers or comments", () -> viewModel.cleanText(text -> clean.accept(viewModel.detail(), text)));

        for (var b : new javafx.scene.control.Control[] {editButton, move, adopt, discard}) {
            b.visibleProperty().bind(viewModel.openProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        getChildren().addAll(grow, editButton, move, adopt, discard, newDraft, redlineButton, history, cleanButton);
    }

    private void adopt() {
        PolicyDetail d = viewModel.detail();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("Adopt " + d.summary().displayNumber());
        dialog.setHeaderText("Record the board's vote on " + d.summary().displayNumber() + " " + d.summary().title()
                + " (version " + d.shown().seq() + ")");
        DatePicker date = new DatePicker(LocalDate.now());
        date.setId("voteDate");
        date.setPromptText("M/D/YYYY");
        ToggleGroup outcome = new ToggleGroup();
        RadioButton asPresented = new RadioButton(AdoptionOutcome.AS_PRESENTED.label());
        RadioButton withEdits = new RadioButton(AdoptionOutcome.WITH_EDITS.label());
        asPresented.setToggleGroup(outcome);
        withEdits.setToggleGroup(outcome);
        asPresented.setSelected(true);
        CheckBox editorial = new CheckBox("Footnote or editorial change only");
        Label note = new Label("The date is written into the text's history line (\"Adopted:\" or \"Amended:\"); "
                + "the previously adopted text is kept as superseded.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        VBox form = new VBox(10, new Label("Date of the board's vote"), date, asPresented, withEdits, editorial, note);
        form.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(form);
        ButtonType adoptType = new ButtonType("Adopt", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(adoptType, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(adoptType).disableProperty().bind(date.valueProperty().isNull());
        dialog.showAndWait().filter(b -> b == adoptType).ifPresent(b -> {
            date.commitValue();
            viewModel.adopt(date.getValue(), withEdits.isSelected() ? AdoptionOutcome.WITH_EDITS
                    : AdoptionOutcome.AS_PRESENTED, editorial.isSelected());
        });
    }

    /** One open draft per policy: instead of a parallel copy, offer the draft that is open. */
    private void offerOpenDraft(DraftAlreadyOpenException refusal, Consumer<PolicyVersion> edit) {
        ButtonType openIt = new ButtonType("Open version " + refusal.openDraft().seq(), ButtonBar.ButtonData.OK_DONE);
        Alert offer = new Alert(Alert.AlertType.INFORMATION, refusal.getMessage(), openIt, ButtonType.CANCEL);
        offer.initOwner(window());
        offer.setHeaderText("A draft is already open");
        offer.showAndWait().filter(b -> b == openIt).ifPresent(b -> viewModel.openDraft(refusal.openDraft(), edit));
    }

    private void discard() {
        PolicyDetail d = viewModel.detail();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Version " + d.shown().seq() + " of "
                + d.summary().displayNumber() + " will be set aside as discarded. It is not deleted: it stays in the "
                + "version list and can still be read.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText("Discard this draft?");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.discard());
    }

    private void history() {
        PolicyDetail d = viewModel.detail();
        viewModel.history(events -> {
            StringBuilder s = new StringBuilder();
            for (VersionEvent e : events) {
                s.append(WHEN.format(e.at())).append("   Version ").append(e.versionSeq()).append(": ")
                        .append(e.from() == null ? "created as " + e.to().label() : e.from().label() + " → " + e.to().label());
                if (e.voteDate() != null) {
                    s.append(", vote of ").append(e.voteDate());
                }
                if (e.note() != null) {
                    s.append(" (").append(e.note()).append(')');
                }
                s.append('\n');
            }
            Alert alert = new Alert(Alert.AlertType.INFORMATION, events.isEmpty()
                    ? "No workflow steps recorded yet: the versions were imported as they are." : s.toString(), ButtonType.OK);
            alert.initOwner(window());
            alert.setTitle("History of " + d.summary().displayNumber());
            alert.setHeaderText(d.summary().displayNumber() + " " + d.summary().title());
            alert.setResizable(true);
            alert.show();
        });
    }

    private Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
