package org.policydesk.gui.acknowledgments;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.OpenInViewer;
import org.policydesk.gui.common.PasswordPrompt;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.Building;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetScope;
import org.policydesk.model.TrainingSession;

/** The "Sheets" part of the Acknowledgments place. Binds to {@link AckSheetsViewModel}. */
public final class AckSheetsView extends HBox {

    private final AckSheetsViewModel vm;
    /** Where "Save as…" writes; the system's save dialog, or a fixed file in tests. */
    private Function<Window, Path> saveTarget = this::chooseFile;

    public AckSheetsView(AckSheetsViewModel vm) {
        super(16);
        this.vm = vm;
        getStyleClass().add(Styles.PLACE);

        ToggleGroup who = new ToggleGroup();
        RadioButton byBuilding = radio("A building's staff", SheetScope.BUILDING, who);
        RadioButton bySession = radio("A training session's attendees", SheetScope.SESSION, who);
        RadioButton byList = radio("Staff I pick", SheetScope.LIST, who);
        who.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.scopeProperty().set((SheetScope) now.getUserData());
            }
        });
        ComboBox<Building> building = new ComboBox<>(vm.buildings());
        building.setId("sheetBuilding");
        building.valueProperty().bindBidirectional(vm.buildingProperty());
        building.setConverter(converter(b -> b.code().equals(b.name()) ? b.code() : b.code() + " — " + b.name()));
        building.disableProperty().bind(byBuilding.selectedProperty().not());
        ComboBox<TrainingSession> session = new ComboBox<>(vm.sessions());
        session.setId("sheetSession");
        session.valueProperty().bindBidirectional(vm.sessionProperty());
        session.setConverter(converter(s -> s.trainingTypeName() + ", " + s.heldOn()
                + (s.buildingCode() == null ? "" : ", " + s.buildingCode()) + " (" + s.attendeeCount() + ")"));
        session.setPlaceholder(new Label("No training sessions yet."));
        session.disableProperty().bind(bySession.selectedProperty().not());
        TextField filter = new TextField();
        filter.setId("sheetStaffFilter");
        filter.setPromptText("Find by name or ID");
        filter.textProperty().bindBidirectional(vm.staffFilterProperty());
        ListView<StaffPick> staff = new ListView<>(vm.shownStaff());
        staff.setId("sheetStaff");
        staff.setCellFactory(CheckBoxListCell.forListView(StaffPick::pickedProperty, converter(StaffPick::label)));
        staff.setPlaceholder(new Label("No staff: import a roster on the Staff place."));
        staff.setPrefHeight(180);
        VBox picker = new VBox(4, filter, staff);
        picker.disableProperty().bind(byList.selectedProperty().not());
        VBox.setVgrow(staff, Priority.ALWAYS);

        ToggleGroup form = new ToggleGroup();
        RadioButton rows = new RadioButton("Sign-in sheet (many people a page)");
        rows.setUserData(SheetLayout.SHEET);
        rows.setToggleGroup(form);
        rows.setSelected(true);
        RadioButton forms = new RadioButton("One form per person, with the full policy text");
        forms.setId("sheetForms");
        forms.setUserData(SheetLayout.FORM);
        forms.setToggleGroup(form);
        form.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.layoutProperty().set((SheetLayout) now.getUserData());
            }
        });

        VBox left = new VBox(8, title("Who signs"), byBuilding, building, bySession, session, byList, picker,
                title("Layout"), rows, forms);
        left.setPrefWidth(360);
        left.setMinWidth(300);
        VBox.setVgrow(picker, Priority.ALWAYS);

        TextArea statement = new TextArea();
        statement.setId("sheetStatement");
        statement.setWrapText(true);
        statement.setPrefRowCount(6);
        statement.textProperty().bindBidirectional(vm.statementProperty());
        Button reset = new Button("Reset to default");
        reset.setId("resetStatement");
        reset.setOnAction(e -> vm.resetStatement());
        Label statementNote = new Label("Saved with the policy when you save sheets; every sheet and kiosk uses it.");
        statementNote.setWrapText(true);
        statementNote.getStyleClass().add(Styles.READ_ONLY_NOTE);

        CheckBox sign = new CheckBox("Sign with the district certificate");
        sign.setId("sheetSign");
        sign.selectedProperty().bindBidirectional(vm.signProperty());
        sign.disableProperty().bind(vm.hasCertificateProperty().not());
        CheckBox visible = new CheckBox("Show a signature block on the last page");
        visible.selectedProperty().bindBidirectional(vm.visibleSignatureProperty());
        visible.disableProperty().bind(vm.signProperty().not());
        Label noCertificate = new Label("To sign, create or import a district certificate under Certificate.");
        noCertificate.getStyleClass().add(Styles.READ_ONLY_NOTE);
        noCertificate.visibleProperty().bind(vm.hasCertificateProperty().not());
        noCertificate.managedProperty().bind(noCertificate.visibleProperty());

        Button save = new Button("Save sheets as…");
        save.setId("saveSheets");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.writingProperty());
        save.setOnAction(e -> saveAs());
        Button open = new Button("Open");
        open.setId("openSheets");
        open.visibleProperty().bind(vm.writtenProperty().isNotNull());
        open.setOnAction(e -> {
            if (vm.writtenProperty().get() != null && !OpenInViewer.open(vm.writtenProperty().get().file())) {
                ErrorDialog.create(window(), "The PDF cannot be opened from here.",
                        "Open " + vm.writtenProperty().get().file() + " with your PDF viewer.").show();
            }
        });
        Label message = new Label();
        message.setId("sheetMessage");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.ROSTER_SUMMARY);
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(8, save, open);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox right = new VBox(8, title("Statement staff sign"), statement, new HBox(8, reset, statementNote),
                title("Signature"), sign, visible, noCertificate, actions, message);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
        byBuilding.setSelected(true);
    }

    private void saveAs() {
        if (!vm.ready()) {
            return;
        }
        Path out = saveTarget.apply(window());
        if (out == null) {
            return;
        }
        char[] password = null;
        if (vm.signProperty().get()) {
            Optional<char[]> asked = PasswordPrompt.ask(window(), "Sign with the district certificate",
                    "The certificate's password:");
            if (asked.isEmpty()) {
                return;
            }
            password = asked.get();
        }
        vm.write(out, password);
    }

    private Path chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the acknowledgment sheets");
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        // The system's save dialog asks before replacing a file that exists.
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** For tests: where "Save as…" writes instead of asking. */
    void setSaveTarget(Function<Window, Path> target) {
        this.saveTarget = target;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static RadioButton radio(String text, SheetScope scope, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId("scope-" + scope.name().toLowerCase(java.util.Locale.ROOT));
        b.setUserData(scope);
        b.setToggleGroup(group);
        return b;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
