package org.policydesk.gui.staff;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.policydesk.gui.common.Styles;
import org.policydesk.gui.common.TableColumns;
import org.policydesk.model.Employee;
import org.policydesk.model.RosterField;

/** The Staff screen: roster import with column mapping and preview, and the staff list. Binds to {@link StaffViewModel}. */
public final class StaffView extends BorderPane {

    private static final String UNMAPPED = "— not imported —";
    private TableView<Employee> staffTable;
    private VBox staffPane;

    public StaffView(StaffViewModel vm) {
        getStyleClass().add(Styles.PLACE);

        TextField file = new TextField();
        file.setId("rosterFile");
        file.setPromptText("Roster file (CSV, TSV, XLSX)");
        file.textProperty().bindBidirectional(vm.filePathProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a roster export");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Rosters (*.csv, *.tsv, *.txt, *.xlsx)", "*.csv", "*.tsv", "*.txt",
                            "*.xlsx"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                vm.filePathProperty().set(chosen.getPath());
                vm.readFile();
            }
        });
        Button read = new Button("Read");
        read.setId("readRoster");
        read.setOnAction(e -> vm.readFile());
        ComboBox<String> encoding = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                StaffViewModel.ENCODINGS));
        encoding.setId("rosterEncoding");
        encoding.setTooltip(new javafx.scene.control.Tooltip("The file's character encoding: detected, or as you say"));
        encoding.valueProperty().bindBidirectional(vm.encodingChoiceProperty());
        encoding.setOnAction(e -> vm.rereadInChosenEncoding());
        HBox fileRow = new HBox(8, new Label("Roster file"), file, browse, new Label("Encoding"), encoding, read);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> saved = new ComboBox<>(vm.mappingNames());
        saved.setId("savedMappings");
        saved.setPromptText("Saved mapping");
        saved.setOnAction(e -> vm.useMapping(saved.getValue()));
        CheckBox header = new CheckBox("Header row");
        header.setTooltip(new javafx.scene.control.Tooltip("The first row of the table names the columns"));
        header.selectedProperty().bindBidirectional(vm.hasHeaderProperty());
        CheckBox full = new CheckBox("Full roster");
        full.setId("fullRoster");
        full.setTooltip(new javafx.scene.control.Tooltip("Staff the file does not list have left: they are marked"
                + " departed. Leave unticked for a file of some staff only (teachers, one building)."));
        full.selectedProperty().bindBidirectional(vm.fullRosterProperty());
        TextField name = new TextField();
        name.setId("mappingName");
        name.setPromptText("Mapping name");
        name.textProperty().bindBidirectional(vm.saveNameProperty());
        Button save = new Button("Save mapping");
        save.setId("saveMapping");
        save.setOnAction(e -> vm.saveMapping());
        HBox mappingRow = new HBox(8, saved, header, full, name, save);
        mappingRow.setAlignment(Pos.CENTER_LEFT);
        // Words read in full: only the name box gives way when the place is narrow.
        for (javafx.scene.Node n : List.of(saved, header, full, save)) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        name.setMinWidth(80);
        HBox.setHgrow(name, Priority.ALWAYS);

        TableView<StaffViewModel.ColumnChoice> columns = new TableView<>(vm.columns());
        columns.setId("columnTable");
        columns.setEditable(true);
        columns.getColumns().add(TableColumns.text("Column", c -> c.header(), 180));
        columns.getColumns().add(TableColumns.text("First value", c -> c.sample(), 180));
        columns.getColumns().add(fieldColumn());
        columns.getColumns().add(TableColumns.text("Guess", c -> c.guess(), 200));
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        columns.setPlaceholder(new Label("Choose a roster file and press Read."));

        Button preview = new Button("Preview");
        preview.setId("previewRoster");
        preview.setOnAction(e -> vm.previewImport());
        CheckBox accept = new CheckBox("Import the valid rows and leave the bad ones out");
        accept.setId("acceptValid");
        accept.selectedProperty().bindBidirectional(vm.acceptValidRowsProperty());
        Button confirm = new Button("Import");
        confirm.setId("confirmImport");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.previewProperty().isNull());
        confirm.setOnAction(e -> {
            String question = vm.departureQuestion();
            if (question != null) {
                javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.CONFIRMATION, question,
                        javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK);
                ask.setTitle("Mark people departed?");
                ask.setHeaderText(null);
                ask.initOwner(getScene() == null ? null : getScene().getWindow());
                if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) {
                    return;
                }
            }
            vm.confirmImport();
        });
        Label summary = new Label();
        summary.setId("previewSummary");
        summary.getStyleClass().add(Styles.ROSTER_SUMMARY);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        HBox actions = new HBox(8, preview, accept, confirm);
        actions.setAlignment(Pos.CENTER_LEFT);

        ListView<String> notes = new ListView<>(vm.notes());
        notes.setId("previewNotes");
        notes.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove(Styles.REPORT_ERROR);
                if (!empty && text != null && text.startsWith("Error")) {
                    getStyleClass().add(Styles.REPORT_ERROR);
                }
            }
        });
        notes.setPlaceholder(new Label("The preview lists new, changed and departed staff and every bad row."));

        VBox importPane = new VBox(8, fileRow, mappingRow, columns, actions, summary, notes);
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox.setVgrow(notes, Priority.ALWAYS);

        TableView<Employee> staff = new TableView<>(vm.employees());
        staff.setId("staffTable");
        staff.getColumns().add(TableColumns.text("ID", Employee::employeeNo, 80));
        staff.getColumns().add(TableColumns.text("Name", Employee::displayName, 200));
        staff.getColumns().add(TableColumns.text("Position", Employee::position, 140));
        staff.getColumns().add(TableColumns.text("Buildings", e -> String.join(", ", e.buildingCodes()), 120));
        staff.getColumns().add(TableColumns.text("Status", e -> e.active() ? "active"
                : "left " + (e.leaveDate() == null ? "" : e.leaveDate()), 110));
        staff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        staff.setPlaceholder(new Label("No staff yet: import a roster."));
        Label staffTitle = new Label("Staff");
        staffTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox staffPane = new VBox(8, staffTitle, staff);
        VBox.setVgrow(staff, Priority.ALWAYS);
        this.staffTable = staff;
        this.staffPane = staffPane;

        SplitPane split = new SplitPane(importPane, staffPane);
        split.setDividerPositions(0.55);
        setCenter(split);
        vm.refresh();
    }

    /** A field chooser per column. */
    private static TableColumn<StaffViewModel.ColumnChoice, RosterField> fieldColumn() {
        TableColumn<StaffViewModel.ColumnChoice, RosterField> c = new TableColumn<>("Imported as");
        c.setCellValueFactory(d -> d.getValue().fieldProperty());
        List<String> labels = new ArrayList<>();
        labels.add(UNMAPPED);
        for (RosterField f : RosterField.values()) {
            labels.add(f.label());
        }
        c.setCellFactory(col -> new TableCell<>() {
            private final ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableList(labels));

            {
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(e -> {
                    if (getTableRow() != null && getTableRow().getItem() != null) {
                        String label = box.getValue();
                        RosterField chosen = null;
                        for (RosterField f : RosterField.values()) {
                            if (f.label().equals(label)) {
                                chosen = f;
                            }
                        }
                        getTableRow().getItem().fieldProperty().set(chosen);
                    }
                });
            }

            @Override
            protected void updateItem(RosterField field, boolean empty) {
                super.updateItem(field, empty);
                if (empty) {
                    setGraphic(null);
                } else {
                    box.setValue(field == null ? UNMAPPED : field.label());
                    setGraphic(box);
                }
            }
        });
        c.setPrefWidth(220);
        return c;
    }

    /** Adds a panel under the staff list (the employee's history) and tells {@code onSelect} who is selected. */
    public void addEmployeeDetail(javafx.scene.Node panel, java.util.function.Consumer<Employee> onSelect) {
        staffPane.getChildren().add(panel);
        staffTable.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> onSelect.accept(e));
    }
}
