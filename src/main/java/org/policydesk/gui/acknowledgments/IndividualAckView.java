package org.policydesk.gui.acknowledgments;

import java.io.File;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.PasswordPrompt;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.Employee;

/** The "One employee" part of the Acknowledgments place. Binds to {@link IndividualAckViewModel}. */
public final class IndividualAckView extends VBox {

    public IndividualAckView(IndividualAckViewModel vm) {
        super(8);
        getStyleClass().add(Styles.PLACE);
        TextField search = new TextField();
        search.setId("individualSearch");
        search.setPromptText("Find by name or employee ID");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Employee> matches = new ListView<>(vm.matches());
        matches.setId("individualMatches");
        matches.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Employee e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.displayName() + " (" + e.employeeNo()
                        + (e.position() == null ? "" : ", " + e.position()) + ")");
            }
        });
        matches.setPlaceholder(new Label("Type a name to find an employee."));
        matches.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.employeeProperty().set(now));
        VBox.setVgrow(matches, Priority.ALWAYS);

        Label status = new Label();
        status.setId("individualStatus");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.ROSTER_SUMMARY);
        status.textProperty().bind(vm.statusProperty());
        CheckBox sign = new CheckBox("Sign with the district certificate");
        sign.selectedProperty().bindBidirectional(vm.signProperty());
        Button save = new Button("Save form as…");
        save.setId("saveIndividual");
        save.disableProperty().bind(vm.employeeProperty().isNull().or(vm.policyProperty().isNull()));
        save.setOnAction(e -> saveAs(vm));
        Label message = new Label();
        message.setId("individualMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(8, sign, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(AckSheetsView.title("One employee's acknowledgment form"), search, matches, status,
                actions, message);
    }

    private void saveAs(IndividualAckViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the acknowledgment form");
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        char[] password = null;
        if (vm.signProperty().get()) {
            if (!vm.canSign()) {
                ErrorDialog.create(window(), "There is no district certificate yet.",
                        "Create or import one under Certificate and kiosk, then save again.").show();
                return;
            }
            Optional<char[]> asked = PasswordPrompt.ask(window(), "Sign with the district certificate",
                    "The certificate's password:");
            if (asked.isEmpty()) {
                return;
            }
            password = asked.get();
        }
        vm.write(file.toPath(), password);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
