package org.policydesk.gui.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.policydesk.gui.common.LogFile;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.BackupFile;

/** The Settings place: district, backups (keep N, back up now, restore) and encryption, one group each. */
public final class SettingsView extends ScrollPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US)
            .withZone(ZoneId.systemDefault());

    public SettingsView(SettingsViewModel vm) {
        setId("settingsView");
        getStyleClass().add(Styles.PLACE);
        setFitToWidth(true);
        VBox groups = new VBox(14, district(vm), backups(vm), encryption(vm), log(vm));
        groups.setMaxWidth(820);
        groups.setStyle("-fx-padding: 16;");
        setContent(groups);
    }

    private static VBox group(String title, String note, javafx.scene.Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label explanation = new Label(note);
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.SETTINGS_NOTE);
        VBox box = new VBox(8, heading, explanation);
        box.getChildren().addAll(content);
        box.getStyleClass().add(Styles.SETTINGS_GROUP);
        return box;
    }

    private static VBox district(SettingsViewModel vm) {
        TextField name = new TextField();
        name.setId("districtName");
        name.textProperty().bindBidirectional(vm.districtNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("saveDistrictName");
        save.setOnAction(e -> vm.saveDistrictName());
        name.setOnAction(e -> vm.saveDistrictName());
        HBox row = new HBox(8, new Label("District name"), name, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return group("District", "Printed on board packets and acknowledgment sheets.", row);
    }

    private static VBox backups(SettingsViewModel vm) {
        Spinner<Integer> keep = new Spinner<>(1, 999, vm.backupsToKeepProperty().get());
        keep.setId("backupsToKeep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        vm.backupsToKeepProperty().addListener((o, old, n) -> keep.getValueFactory().setValue(n.intValue()));
        keep.valueProperty().addListener((o, old, n) -> {
            if (n != null) {
                vm.backupsToKeepProperty().set(n);
            }
        });
        Button saveKeep = new Button("Save");
        saveKeep.setId("saveBackupsToKeep");
        saveKeep.setOnAction(e -> {
            keep.increment(0); // commits a number typed into the field
            vm.saveBackupsToKeep();
        });
        HBox keepRow = new HBox(8, new Label("Keep the newest"), keep, new Label("backups"), saveKeep);
        keepRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BackupFile> list = new TableView<>(vm.backups());
        list.setId("backupList");
        list.getColumns().add(column("Taken", b -> WHEN.format(b.takenAt()), 170));
        list.getColumns().add(column("Why", b -> reason(b.reason()), 190));
        list.getColumns().add(column("Size", b -> size(b.bytes()), 80));
        list.getColumns().add(column("File", b -> b.file().getFileName().toString(), 300));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        list.setPlaceholder(new Label("No backups yet."));
        list.setPrefHeight(200);

        Button now = new Button("Back up now");
        now.setId("backUpNow");
        now.disableProperty().bind(vm.busyProperty());
        now.setOnAction(e -> vm.backUpNow());
        Button restore = new Button("Restore this backup…");
        restore.setId("restoreBackup");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, now, restore);
        return group("Backups", "PolicyDesk backs the store up when it starts after a change, and before every update, into "
                + vm.dataDirectory().resolve("backups") + ". Restoring closes the store, puts the backup in its place "
                + "(the store as it is now is kept as a backup too) and opens it again.", keepRow, list, buttons);
    }

    private static VBox encryption(SettingsViewModel vm) {
        PasswordField current = new PasswordField();
        current.setId("currentPassphrase");
        current.setPromptText("Current passphrase");
        current.visibleProperty().bind(vm.encryptedProperty());
        current.managedProperty().bind(current.visibleProperty());
        PasswordField next = new PasswordField();
        next.setId("newPassphrase");
        next.setPromptText("New passphrase (at least 8 characters)");
        PasswordField again = new PasswordField();
        again.setId("newPassphraseAgain");
        again.setPromptText("New passphrase again");
        Label problem = new Label();
        problem.setId("passphraseProblem");
        problem.getStyleClass().add(Styles.REPORT_ERROR);
        problem.textProperty().bind(vm.passphraseProblemProperty());
        problem.setWrapText(true);
        Button change = new Button();
        change.setId("changePassphrase");
        change.textProperty().bind(javafx.beans.binding.Bindings.when(vm.encryptedProperty())
                .then("Change passphrase…").otherwise("Encrypt the store…"));
        change.setOnAction(e -> {
            if (vm.changePassphrase(current.getText().toCharArray(), next.getText().toCharArray(),
                    again.getText().toCharArray())) {
                current.clear();
                next.clear();
                again.clear();
            }
        });
        for (PasswordField f : new PasswordField[] {current, next, again}) {
            f.setPrefColumnCount(28);
        }
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addColumn(0, current, next, again);
        Label state = new Label();
        state.textProperty().bind(javafx.beans.binding.Bindings.when(vm.encryptedProperty())
                .then("The store and its backups are encrypted. PolicyDesk asks for the passphrase when it starts.")
                .otherwise("The store is not encrypted: anyone who can read the data folder can read it."));
        state.setWrapText(true);
        return group("Encryption", "A passphrase encrypts the store and every backup. Nobody can recover it for you: "
                + "write it down and keep it somewhere safe.", state, fields, change, problem);
    }

    private static VBox log(SettingsViewModel vm) {
        TextField path = new TextField(vm.logFolder().toString());
        path.setEditable(false);
        path.setId("logFolder");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button("Open log folder");
        open.setId("openLogFolder");
        open.setOnAction(e -> LogFile.openFolder());
        HBox row = new HBox(8, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return group("Log", "When something goes wrong, the details are written here; send the newest file to whoever "
                + "helps you.", row);
    }

    private static TableColumn<BackupFile, String> column(String title, java.util.function.Function<BackupFile, String> v,
                                                           double width) {
        TableColumn<BackupFile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(v.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static String reason(String reason) {
        return switch (reason) {
            case "at-start" -> "When PolicyDesk started";
            case "before-update" -> "Before an update";
            case "before-restore" -> "Before a restore";
            case "manual" -> "Backed up by hand";
            default -> reason;
        };
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format(Locale.US, "%.1f MB", bytes / 1048576.0);
    }
}
