package org.policydesk.gui.training;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.policydesk.gui.common.Styles;
import org.policydesk.gui.common.TableColumns;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;

/** The Training screen: types, the sessions of the chosen type, and the chosen session's attendance. */
public final class TrainingView extends BorderPane {

    /** Where "Import sign-in CSV…" reads from; a file chooser unless a test replaces it. */
    private Function<Window, Path> signInSource = TrainingView::chooseSignIn;

    public TrainingView(TrainingViewModel vm) {
        getStyleClass().add(Styles.PLACE);
        SplitPane split = new SplitPane(typesPane(vm), sessionsPane(vm), attendancePane(vm));
        split.setDividerPositions(0.27, 0.62);
        setCenter(split);
    }

    private static VBox typesPane(TrainingViewModel vm) {
        Label title = sectionTitle("Training types");
        ListView<TrainingType> types = new ListView<>(vm.types());
        types.setId("trainingTypes");
        types.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TrainingType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + "\n" + t.describeRecurrence()
                        + (t.policies().isEmpty() ? "" : "\nCovers " + t.describePolicies()));
            }
        });
        types.setPlaceholder(new Label("No training types yet: add one below."));
        vm.selectedTypeProperty().addListener((o, old, t) -> {
            if (types.getSelectionModel().getSelectedItem() != t) {
                types.getSelectionModel().select(t);
            }
        });
        types.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> {
            if (t != null && t != vm.selectedTypeProperty().get()) {
                vm.selectedTypeProperty().set(t);
            }
        });
        VBox.setVgrow(types, Priority.ALWAYS);

        TextField covered = new TextField();
        covered.setId("typePolicies");
        covered.setPromptText("Policies it covers, e.g. 5:125, 6:235");
        covered.textProperty().bindBidirectional(vm.typePoliciesProperty());
        covered.disableProperty().bind(vm.selectedTypeProperty().isNull());
        Button saveCovered = new Button("Save policies");
        saveCovered.setId("saveTypePolicies");
        saveCovered.disableProperty().bind(vm.selectedTypeProperty().isNull());
        saveCovered.setOnAction(e -> vm.saveTypePolicies());
        covered.setOnAction(e -> vm.saveTypePolicies());
        HBox.setHgrow(covered, Priority.ALWAYS);
        HBox coveredRow = new HBox(6, covered, saveCovered);

        TextField name = new TextField();
        name.setId("newTypeName");
        name.setPromptText("Name, e.g. Mandated reporter");
        name.textProperty().bindBidirectional(vm.newTypeNameProperty());
        ComboBox<Recurrence> recurrence = new ComboBox<>();
        recurrence.setId("newRecurrence");
        recurrence.getItems().addAll(Recurrence.values());
        recurrence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Recurrence r) {
                return r == null ? "" : switch (r) {
                    case SCHOOL_YEAR -> "Every school year";
                    case EVERY_N_YEARS -> "Every N years";
                    case AT_HIRE -> "Within N days of hire";
                };
            }

            @Override
            public Recurrence fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        recurrence.valueProperty().bindBidirectional(vm.newRecurrenceProperty());
        TextField n = new TextField();
        n.setId("newRecurrenceValue");
        n.setPromptText("N");
        n.setPrefColumnCount(3);
        n.textProperty().bindBidirectional(vm.newRecurrenceValueProperty());
        n.disableProperty().bind(vm.newRecurrenceProperty().isEqualTo(Recurrence.SCHOOL_YEAR));
        TextField grace = new TextField();
        grace.setPrefColumnCount(3);
        grace.textProperty().bindBidirectional(vm.newGraceDaysProperty());
        TextField newPolicies = new TextField();
        newPolicies.setId("newTypePolicies");
        newPolicies.setPromptText("Policies it covers, e.g. 5:125");
        newPolicies.textProperty().bindBidirectional(vm.newTypePoliciesProperty());
        Button add = new Button("Add training type");
        add.setId("addType");
        add.setOnAction(e -> vm.createType());
        GridPane form = form();
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Due"), new HBox(6, recurrence, n));
        form.addRow(2, new Label("Grace"), new HBox(6, grace, new Label("days for new hires")));
        form.addRow(3, new Label("Policies"), newPolicies);
        form.add(add, 1, 4);
        Label coveredTitle = new Label("Policies this training covers; new sessions start with them:");
        coveredTitle.setWrapText(true);
        return pane(title, types, coveredTitle, coveredRow, sectionTitle("New training type"), form);
    }

    private static VBox sessionsPane(TrainingViewModel vm) {
        Label title = sectionTitle("Sessions");
        vm.selectedTypeProperty().addListener((o, old, t) ->
                title.setText(t == null ? "Sessions" : "Sessions of " + t.name()));
        TableView<TrainingSession> sessions = new TableView<>(vm.sessions());
        sessions.setId("trainingSessions");
        sessions.getColumns().add(TableColumns.text("Date", s -> s.heldOn().toString(), 85));
        sessions.getColumns().add(TableColumns.text("Building", s -> s.buildingCode() == null ? "District" : s.buildingCode(), 80));
        sessions.getColumns().add(TableColumns.text("Presenter", s -> s.presenter() == null ? "" : s.presenter(), 130));
        sessions.getColumns().add(TableColumns.text("Policies", s -> String.join(", ",
                s.policies().stream().map(PolicyNumber::toString).toList()), 90));
        sessions.getColumns().add(TableColumns.text("Present", s -> String.valueOf(s.attendeeCount()), 70));
        sessions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        sessions.setPlaceholder(new Label("No sessions of this training yet."));
        vm.selectedSessionProperty().addListener((o, old, s) -> {
            if (sessions.getSelectionModel().getSelectedItem() != s) {
                sessions.getSelectionModel().select(s);
            }
        });
        sessions.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null && s != vm.selectedSessionProperty().get()) {
                vm.selectedSessionProperty().set(s);
            }
        });
        VBox.setVgrow(sessions, Priority.ALWAYS);

        DatePicker date = new DatePicker();
        date.setId("sessionDate");
        date.valueProperty().bindBidirectional(vm.sessionDateProperty());
        ComboBox<String> building = new ComboBox<>(vm.buildings());
        building.setId("sessionBuilding");
        building.valueProperty().bindBidirectional(vm.sessionBuildingProperty());
        TextField presenter = new TextField();
        presenter.setId("sessionPresenter");
        presenter.setPromptText("Who presented");
        presenter.textProperty().bindBidirectional(vm.presenterProperty());
        TextField policies = new TextField();
        policies.setId("sessionPolicies");
        policies.setPromptText("Policies covered, e.g. 5:90, 5:125");
        policies.textProperty().bindBidirectional(vm.sessionPoliciesProperty());
        Button add = new Button("Record session");
        add.setId("addSession");
        add.disableProperty().bind(vm.selectedTypeProperty().isNull());
        add.setOnAction(e -> vm.createSession());
        GridPane form = form();
        form.addRow(0, new Label("Held on"), date);
        form.addRow(1, new Label("Building"), building);
        form.addRow(2, new Label("Presenter"), presenter);
        form.addRow(3, new Label("Policies"), policies);
        form.add(add, 1, 4);
        return pane(title, sessions, sectionTitle("New session"), form);
    }

    private VBox attendancePane(TrainingViewModel vm) {
        Label title = sectionTitle("Attendance");
        vm.selectedSessionProperty().addListener((o, old, s) -> title.setText(s == null ? "Attendance"
                : "Attendance, " + s.trainingTypeName() + " on " + s.heldOn()));
        TextField filter = new TextField();
        filter.setId("attendeeFilter");
        filter.setPromptText("Find by name or ID");
        filter.getStyleClass().add(Styles.FILTER_FIELD);
        filter.textProperty().bindBidirectional(vm.attendeeFilterProperty());
        ListView<Attendee> list = new ListView<>(vm.attendees());
        list.setId("attendeeList");
        list.setCellFactory(CheckBoxListCell.forListView(Attendee::presentProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(Attendee a) {
                        return a == null ? "" : a.label();
                    }

                    @Override
                    public Attendee fromString(String s) {
                        throw new UnsupportedOperationException();
                    }
                }));
        list.setPlaceholder(new Label("Choose a session to tick who attended."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("attendanceSummary");
        summary.textProperty().bind(vm.attendanceSummaryProperty());
        Button save = new Button("Save attendance");
        save.setId("saveAttendance");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.selectedSessionProperty().isNull());
        save.setOnAction(e -> vm.saveAttendance());
        Button signIn = new Button("Import sign-in CSV…");
        signIn.setId("importSignIn");
        signIn.disableProperty().bind(vm.selectedSessionProperty().isNull());
        signIn.setOnAction(e -> {
            Path file = signInSource.apply(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                vm.importSignIn(file);
            }
        });
        HBox buttons = new HBox(8, save, signIn);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ListView<String> problems = new ListView<>(vm.signInProblems());
        problems.setId("signInProblems");
        problems.setPrefHeight(80);
        problems.setPlaceholder(new Label("Lines of a sign-in sheet that name nobody known show here."));
        return pane(title, filter, list, summary, buttons, problems);
    }

    /** For tests: read sign-in sheets from a given file instead of asking. */
    void setSignInSource(Function<Window, Path> source) {
        this.signInSource = source;
    }

    private static Path chooseSignIn(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a sign-in sheet");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sign-in sheets (*.csv, *.xlsx)", "*.csv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static VBox pane(javafx.scene.Node... children) {
        VBox box = new VBox(8, children);
        box.setPadding(new Insets(4, 8, 4, 8));
        return box;
    }

}
