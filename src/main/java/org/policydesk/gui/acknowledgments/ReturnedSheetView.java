package org.policydesk.gui.acknowledgments;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.policydesk.gui.common.Styles;

/** The "Returned sheet" part of the Acknowledgments place. Binds to {@link ReturnedSheetViewModel}. */
public final class ReturnedSheetView extends VBox {

    private final TextField code = new TextField();

    public ReturnedSheetView(ReturnedSheetViewModel vm) {
        super(8);
        getStyleClass().add(Styles.PLACE);

        code.setId("returnCode");
        code.setPromptText("Type the sheet ID (AK-…) or scan the QR code");
        code.setPrefColumnCount(34);
        code.textProperty().bindBidirectional(vm.codeProperty());
        // A USB scanner types the QR text and then Enter.
        code.setOnAction(e -> vm.lookUp());
        Button find = new Button("Find sheet");
        find.setId("findSheet");
        find.setOnAction(e -> vm.lookUp());
        HBox codeRow = new HBox(8, new Label("Sheet"), code, find);
        codeRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("returnSheetSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.ROSTER_SUMMARY);
        summary.textProperty().bind(vm.sheetSummaryProperty());

        ListView<StaffPick> people = new ListView<>(vm.people());
        people.setId("returnPeople");
        people.setCellFactory(CheckBoxListCell.forListView(StaffPick::pickedProperty,
                AckSheetsView.converter(StaffPick::label)));
        people.setPlaceholder(new Label("The people on the sheet show here, all ticked."));
        VBox.setVgrow(people, Priority.ALWAYS);

        DatePicker date = new DatePicker();
        date.setId("returnDate");
        date.valueProperty().bindBidirectional(vm.signedOnProperty());
        // A recorded sheet keeps its date; changing it is a correction that needs a reason.
        date.disableProperty().bind(vm.recordedProperty());
        TextField reason = new TextField();
        reason.setId("returnReason");
        reason.setPromptText("Reason for the correction (kept in the audit trail)");
        reason.setPrefColumnCount(30);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.visibleProperty().bind(vm.recordedProperty());
        reason.managedProperty().bind(reason.visibleProperty());
        Button record = new Button();
        record.setId("recordSheet");
        record.textProperty().bind(javafx.beans.binding.Bindings.when(vm.recordedProperty())
                .then("Save correction").otherwise("Record"));
        record.disableProperty().bind(vm.sheetProperty().isNull());
        record.setOnAction(e -> vm.record());
        HBox actions = new HBox(8, new Label("Signed on"), date, reason, record);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("returnMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.ROSTER_SUMMARY);
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().remove(Styles.REPORT_ERROR);
            if (now) {
                message.getStyleClass().add(Styles.REPORT_ERROR);
            }
        });
        // After recording (or a bad ID) the field is ready for the next scan.
        vm.sheetProperty().addListener((o, was, now) -> {
            if (now == null) {
                Platform.runLater(code::requestFocus);
            }
        });

        getChildren().addAll(AckSheetsView.title("Record a returned sheet"), codeRow, summary, people, actions, message);
    }

    /** Puts the cursor in the sheet field, so a scan lands there. */
    public void focusCode() {
        code.requestFocus();
    }
}
