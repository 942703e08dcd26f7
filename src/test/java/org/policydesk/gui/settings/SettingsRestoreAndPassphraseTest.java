package org.policydesk.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.app.WorkspaceOpener;
import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.gui.testing.LogFolderUnderTest;
import org.policydesk.model.BackupFile;
import org.policydesk.service.admin.StoreMaintenance;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Restoring a backup and setting or changing the passphrase from the Settings place, as a user does it: the real
 * window on a real store in a temporary folder, the store checked afterwards from outside the app.
 */
class SettingsRestoreAndPassphraseTest {

    private static final String FIRST = "correct horse battery";
    private static final String SECOND = "staple in the drawer";

    /** The waits cover a whole close, restore or re-encryption and reopening of the store. */
    private static final int STORE_REOPEN_SECONDS = 90;

    @RegisterExtension
    final LogFolderUnderTest logs = new LogFolderUnderTest();
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @TempDir
    Path tmp;

    private FxRobot robot;
    private Path store;

    @BeforeEach
    void start() throws Exception {
        store = tmp.resolve("store");
        robot = app.start(WorkspaceOpener.forFolder(store)).robot();
        waitForTheMainWindow();
    }

    @Test
    void restoringABackupAsksFirstAndThenBringsBackTheStoreAsItWas() throws Exception {
        openSettings();
        String original = districtNameField().getText();
        int before = backupList().getItems().size();
        robot.clickOn("#backUpNow");
        waitFor(() -> backupList().getItems().size() == before + 1);
        BackupFile manual = backupList().getItems().stream()
                .filter(b -> b.file().getFileName().toString().endsWith("-manual.zip")).findFirst().orElseThrow();

        setDistrictName("Changed After The Backup 913");
        robot.interact(() -> backupList().getSelectionModel().select(manual));

        // Cancel: nothing happens.
        robot.clickOn("#restoreBackup");
        DialogPane ask = waitForDialog();
        assertThat(ask.getHeaderText()).isEqualTo("Replace the policy store with this backup?");
        assertThat(ask.getContentText()).contains(manual.file().getFileName().toString());
        robot.interact(() -> ((Button) ask.lookupButton(ask.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow())).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(districtNameField().getText()).isEqualTo("Changed After The Backup 913");

        // Restore: the store is closed, replaced and opened again with the district name of the backup.
        robot.clickOn("#restoreBackup");
        DialogPane again = waitForDialog();
        robot.interact(() -> ((Button) again.lookupButton(again.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Restore")).findFirst().orElseThrow())).fire());
        waitForTheMainWindow();
        waitFor(() -> robot.lookup("#statusMessage").queryLabeled().getText()
                .equals("Restored " + manual.file().getFileName() + "."));
        openSettings();
        waitFor(() -> districtNameField().getText().equals(original));
        assertThat(backupList().getItems()).as("the store as it was before the restore is kept")
                .anySatisfy(b -> assertThat(b.reason()).isEqualTo("before-restore"));
    }

    @Test
    void encryptingAndThenChangingThePassphraseReopensTheStoreWithTheNewOne() throws Exception {
        openSettings();
        assertThat(robot.lookup("#changePassphrase").queryButton().getText()).isEqualTo("Encrypt the store…");

        typePassphrases(null, FIRST, FIRST);
        waitForTheMainWindow();
        assertThat(StoreMaintenance.isEncrypted(store)).isTrue();
        openSettings();
        waitFor(() -> robot.lookup("#changePassphrase").queryButton().getText().equals("Change passphrase…"));

        typePassphrases(FIRST, SECOND, SECOND);
        waitForTheMainWindow();
        waitFor(() -> robot.lookup("#statusMessage").queryLabeled().getText().startsWith("The passphrase was changed."));

        app.stop();
        try (Workspace reopened = Workspaces.open(store, OpenOptions.plain().withPassphrase(SECOND.toCharArray()))) {
            assertThat(reopened.policies().listPolicies()).isNotEmpty();
        }
        assertThatThrownBy(() -> Workspaces.open(store, OpenOptions.plain().withPassphrase(FIRST.toCharArray())))
                .as("the old passphrase no longer opens it").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aWrongCurrentPassphraseSaysSoInOneSentenceWithOpenLogAndChangesNothing() throws Exception {
        openSettings();
        typePassphrases(null, FIRST, FIRST);
        waitForTheMainWindow();
        openSettings();
        waitFor(() -> robot.lookup("#changePassphrase").queryButton().getText().equals("Change passphrase…"));

        typePassphrases("not the passphrase", SECOND, SECOND);
        DialogPane error = waitForDialog();
        assertThat(error.getHeaderText()).isEqualTo("The passphrase was not changed.");
        assertThat(((Label) error.getContent().lookup(".label")).getText())
                .isEqualTo("The current passphrase you typed is not the store's passphrase; nothing was changed, "
                        + "so type it again.");
        Node openLog = error.lookupButton(ErrorDialog.OPEN_LOG);
        assertThat(openLog).isNotNull();

        robot.interact(() -> ((Button) openLog).fire());
        waitFor(() -> !logs.viewed().isEmpty());
        assertThat(logs.viewed()).containsExactly(logs.log());
        assertThat(error.getScene().getWindow().isShowing()).as("Open log keeps the dialog open").isTrue();
        robot.interact(() -> ((Button) error.lookupButton(javafx.scene.control.ButtonType.OK)).fire());

        waitForTheMainWindow();
        app.stop();
        try (Workspace reopened = Workspaces.open(store, OpenOptions.plain().withPassphrase(FIRST.toCharArray()))) {
            assertThat(reopened.policies().listPolicies()).as("still opens with the first passphrase").isNotEmpty();
        }
    }

    @Test
    void newPassphrasesThatDifferOrAreTooShortAreCaughtBeforeAnythingCloses() throws Exception {
        openSettings();
        typePassphrases(null, "short", "short");
        assertThat(robot.lookup("#passphraseProblem").queryLabeled().getText())
                .isEqualTo("Use a passphrase of at least 8 characters; a short sentence is easy to remember.");
        typePassphrases(null, FIRST, SECOND);
        assertThat(robot.lookup("#passphraseProblem").queryLabeled().getText())
                .isEqualTo("The two copies of the new passphrase differ; type them again.");
        assertThat(StoreMaintenance.isEncrypted(store)).isFalse();
        assertThat(robot.lookup("#policyTable").tryQuery()).as("the store stayed open").isPresent();
    }

    private void typePassphrases(String current, String next, String again) {
        if (current != null) {
            robot.interact(() -> robot.lookup("#currentPassphrase").queryTextInputControl().setText(current));
        }
        robot.interact(() -> {
            robot.lookup("#newPassphrase").queryTextInputControl().setText(next);
            robot.lookup("#newPassphraseAgain").queryTextInputControl().setText(again);
        });
        // The Encryption group is below the backups list: scroll to it as a user would, then click.
        robot.interact(() -> ((ScrollPane) robot.lookup("#settingsView").query()).setVvalue(1.0));
        robot.clickOn("#changePassphrase");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setDistrictName(String name) throws Exception {
        robot.interact(() -> districtNameField().setText(name));
        robot.clickOn("#saveDistrictName");
        waitFor(() -> robot.lookup("#statusMessage").queryLabeled().getText()
                .equals("The district name is now " + name + "."));
    }

    private void openSettings() throws Exception {
        robot.clickOn("#tab-settings");
        waitFor(() -> !districtNameField().getText().isEmpty());
    }

    private TextField districtNameField() {
        return robot.lookup("#districtName").query();
    }

    @SuppressWarnings("unchecked")
    private TableView<BackupFile> backupList() {
        return (TableView<BackupFile>) robot.lookup("#backupList").query();
    }

    private void waitForTheMainWindow() throws Exception {
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
    }

    /** The dialog showing besides the main window. */
    private DialogPane waitForDialog() throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").query();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        app.waitUntil(STORE_REOPEN_SECONDS, condition);
    }
}
