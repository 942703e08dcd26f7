package org.policydesk.gui.rostercheck;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.policydesk.gui.common.Styles;
import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;

/** The Roster check screen: per-building numbers, the exception list with filters, CSV and PDF export. */
public final class RosterCheckView extends BorderPane {

    /** Where Export CSV writes; a file chooser unless a test replaces it. */
    private Function<Window, Path> exportTarget = RosterCheckView::chooseCsv;
    /** Where Export PDF writes; a file chooser unless a test replaces it. */
    private Function<Window, Path> pdfTarget = RosterCheckView::choosePdf;

    public RosterCheckView(RosterCheckViewModel vm) {
        getStyleClass().add(Styles.PLACE);

        ToggleGroup kind = new ToggleGroup();
        RadioButton byPolicy = new RadioButton("Policy");
        byPolicy.setToggleGroup(kind);
        byPolicy.setSelected(true);
        RadioButton byTraining = new RadioButton("Training");
        byTraining.setId("checkByTraining");
        byTraining.setToggleGroup(kind);
        byTraining.selectedProperty().bindBidirectional(vm.byTrainingProperty());
        TextField policy = new TextField();
        policy.setId("checkPolicy");
        policy.setPrefColumnCount(7);
        policy.textProperty().bindBidirectional(vm.policyProperty());
        policy.disableProperty().bind(vm.byTrainingProperty());
        ComboBox<String> training = new ComboBox<>(vm.trainingNames());
        training.setId("checkTraining");
        training.valueProperty().bindBidirectional(vm.trainingNameProperty());
        training.disableProperty().bind(vm.byTrainingProperty().not());
        DatePicker asOf = new DatePicker();
        asOf.setId("checkAsOf");
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        ComboBox<String> building = new ComboBox<>(vm.buildings());
        building.setId("checkBuilding");
        building.valueProperty().bindBidirectional(vm.buildingProperty());
        Button run = new Button("Check");
        run.setId("runCheck");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.run());
        FlowPane controls = new FlowPane(8, 6, byPolicy, policy, byTraining, training, new Label("as of"), asOf,
                new Label("in"), building, run);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label();
        heading.setId("checkHeading");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());

        TableView<BuildingTally> tallies = new TableView<>(vm.tallies());
        tallies.setId("tallyTable");
        tallies.getStyleClass().add(Styles.TALLY_TABLE);
        tallies.getColumns().add(col("Building", BuildingTally::buildingCode, 90));
        tallies.getColumns().add(col("Name", BuildingTally::buildingName, 160));
        tallies.getColumns().add(col("Staff", t -> String.valueOf(t.staff()), 60));
        tallies.getColumns().add(col("Done", t -> String.valueOf(t.done()), 60));
        tallies.getColumns().add(col("In grace", t -> String.valueOf(t.inGrace()), 70));
        tallies.getColumns().add(col("Missing", t -> String.valueOf(t.missing()), 70));
        tallies.getColumns().add(col("Overdue", t -> String.valueOf(t.overdue()), 70));
        tallies.getColumns().add(col("% done", t -> String.format("%.0f%%", t.percentDone()), 70));
        tallies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tallies.setPlaceholder(new Label("Choose a policy or training and press Check."));
        tallies.setPrefHeight(220);

        TextField position = new TextField();
        position.setId("checkPosition");
        position.setPromptText("Position contains…");
        position.textProperty().bindBidirectional(vm.positionProperty());
        ComboBox<CheckStatus> status = new ComboBox<>();
        status.setId("checkStatus");
        status.getItems().add(null);
        status.getItems().addAll(CheckStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(CheckStatus s) {
                return s == null ? "All not done" : s.label();
            }

            @Override
            public CheckStatus fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        Button export = new Button("Export CSV…");
        export.setId("exportCsv");
        export.disableProperty().bind(vm.resultProperty().isNull());
        export.setOnAction(e -> {
            Path target = exportTarget.apply(getScene() == null ? null : getScene().getWindow());
            if (target != null) {
                vm.exportCsv(target);
            }
        });
        Button exportPdf = new Button("Export PDF…");
        exportPdf.setId("exportPdf");
        exportPdf.setTooltip(new javafx.scene.control.Tooltip("One section per building, for the principals"));
        exportPdf.disableProperty().bind(vm.resultProperty().isNull());
        exportPdf.setOnAction(e -> {
            Path target = pdfTarget.apply(getScene() == null ? null : getScene().getWindow());
            if (target != null) {
                vm.exportPdf(target);
            }
        });
        HBox filters = new HBox(8, new Label("Exceptions"), position, status, export, exportPdf);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<CheckRow> rows = new TableView<>(vm.exceptions());
        rows.setId("exceptionTable");
        rows.getColumns().add(rowCol("Building", CheckRow::buildingCode, 80));
        rows.getColumns().add(rowCol("ID", CheckRow::employeeNo, 80));
        rows.getColumns().add(rowCol("Name", CheckRow::name, 170));
        rows.getColumns().add(rowCol("Position", CheckRow::position, 120));
        rows.getColumns().add(rowCol("Status", r -> r.status().label() + (r.newHire() ? " (new hire)" : ""), 140));
        rows.getColumns().add(rowCol("Last", r -> r.lastDone() == null ? "" : r.lastDone() + " on " + r.lastDoneDate(),
                150));
        rows.getColumns().add(rowCol("Missing", CheckRow::missingWhat, 220));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        rows.setPlaceholder(new Label("Nobody is missing."));

        VBox body = new VBox(8, controls, heading, tallies, filters, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        setCenter(body);
        vm.refresh();
    }

    /** For tests: write exports to a given file instead of asking. */
    public void setExportTarget(Function<Window, Path> target) {
        this.exportTarget = target;
    }

    /** For tests: write PDF exports to a given file instead of asking. */
    public void setPdfTarget(Function<Window, Path> target) {
        this.pdfTarget = target;
    }

    /** The system's save dialog, which itself asks before replacing an existing file. */
    private static Path choosePdf(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export roster check as PDF");
        chooser.setInitialFileName("roster-check.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static Path chooseCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export roster check");
        chooser.setInitialFileName("roster-check.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static TableColumn<BuildingTally, String> col(String title, Function<BuildingTally, String> value,
                                                          double width) {
        TableColumn<BuildingTally, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<CheckRow, String> rowCol(String title, Function<CheckRow, String> value, double width) {
        TableColumn<CheckRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
