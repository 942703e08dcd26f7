package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.policydesk.gui.policies.HistoryViewModel;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.service.admin.BackupSettings;

/** The Settings place and the policy history panel, in the real window on a real store. */
class SettingsAndHistoryScreensTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();
    private Path store;

    @BeforeEach
    void start() throws Exception {
        store = tmp.resolve("store");
        app.start(WorkspaceOpener.forFolder(store));
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
    }

    @Test
    void changingBackupsToKeepIsSavedAndBackUpNowAddsABackupToTheList() throws Exception {
        robot.clickOn("#tab-settings");
        // Loaded once the district name shows (a new store has no start backup yet, so the list may be empty).
        waitFor(() -> !robot.lookup("#districtName").queryTextInputControl().getText().isEmpty());
        int before = backupList().getItems().size();

        robot.interact(() -> ((Spinner<?>) robot.lookup("#backupsToKeep").query()).getEditor().setText("4"));
        robot.clickOn("#saveBackupsToKeep");
        waitFor(() -> BackupSettings.backupsToKeep(store) == 4);

        robot.clickOn("#backUpNow");
        waitFor(() -> backupList().getItems().size() == before + 1);
        try (var files = Files.list(store.resolve("backups"))) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith("-manual.zip"))).hasSize(1);
        }
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Backed up to")).tryQuery())
                .isPresent();
    }

    @Test
    void theHistoryPanelShowsWhoImportedEachVersionOfTheSelectedPolicy() throws Exception {
        robot.clickOn("#policyTable");
        robot.interact(() -> ((TableView<?>) robot.lookup("#policyTable").query()).getSelectionModel().select(0));
        TitledPane panel = robot.lookup("#policyHistory").query();
        waitFor(panel::isVisible);
        robot.interact(() -> panel.setExpanded(true));
        TableView<HistoryViewModel.Row> rows = robot.lookup("#policyHistoryTable").query();
        waitFor(() -> !rows.getItems().isEmpty());
        assertThat(panel.getText()).isEqualTo("History of 5:125");
        assertThat(rows.getItems()).anySatisfy(r -> assertThat(r.what()).startsWith("Version 1 imported from"));
        assertThat(rows.getItems()).allSatisfy(r -> assertThat(r.who()).isEqualTo(System.getProperty("user.name")));
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> backupList() {
        return (TableView<Object>) robot.lookup("#backupList").query();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        app.waitUntil(90, condition);
    }
}
