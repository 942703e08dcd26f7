package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.gui.testing.FakePolicyService;
import org.policydesk.gui.testing.FakeWorkspace;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.WorkspaceOpenException;
import org.policydesk.service.common.Workspaces;

/** Start-up on real stores that are damaged, encrypted or held by another PolicyDesk: the ways out. */
class StartupRecoveryTest {

    @TempDir
    Path tmp;

    private final Preferences windowNode = Preferences.userRoot().node("policydesk-test-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private PolicyDeskApp app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        windowNode.removeNode();
    }

    private void start(WorkspaceOpener opener) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (PolicyDeskApp) FxToolkit.setupApplication(() -> {
            PolicyDeskApp a = new PolicyDeskApp(opener, new WindowStateStore(windowNode));
            a.setFolderChooser(owner -> tmp.resolve("another store"));
            return a;
        });
    }

    /** A store holding the sample district, backed up, then garbled. */
    private Path damagedStoreWithABackup() throws IOException {
        Path store = tmp.resolve("store");
        try (Workspace ws = Workspaces.open(store)) {
            ws.backups().backupNow();
        }
        Path file = store.resolve("policydesk.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        new Random(3).nextBytes(bytes);
        Files.write(file, bytes);
        return store;
    }

    @Test
    void aDamagedStoreOffersRestoreOpenAnotherAndQuitAndRestoreBringsThePoliciesBack() throws Exception {
        start(WorkspaceOpener.forFolder(damagedStoreWithABackup()));

        waitFor(() -> label("The policy store is damaged.").isPresent());
        assertThat(label("is damaged and cannot be read; restore a backup or open another store.")).isPresent();
        assertThat(robot.lookup((Button b) -> "Quit".equals(b.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup("#openAnotherStore").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().contains("Exception")).tryQuery())
                .isEmpty();

        robot.clickOn("#restoreLatestBackup");
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
    }

    @Test
    void openAnotherStoreOpensTheChosenFolder() throws Exception {
        start(WorkspaceOpener.forFolder(damagedStoreWithABackup()));
        waitFor(() -> robot.lookup("#openAnotherStore").tryQuery().isPresent());

        robot.clickOn("#openAnotherStore");
        waitFor(() -> robot.lookup("#policyTable").tryQuery().isPresent());
        assertThat(tmp.resolve("another store/policydesk.mv.db")).exists();
    }

    @Test
    void anEncryptedStoreAsksForItsPassphraseAndAWrongOneIsSaidPlainly() throws Exception {
        Path store = tmp.resolve("secret");
        Workspaces.open(store, new OpenOptions("river stone".toCharArray(), false)).close();
        start(WorkspaceOpener.forFolder(store));

        waitFor(() -> label("This policy store is encrypted.").isPresent());
        robot.clickOn("#passphrase").write("river stones");
        robot.clickOn((Button b) -> "Open".equals(b.getText()));
        waitFor(() -> label("That passphrase does not open the PolicyDesk store").isPresent());

        robot.clickOn("#passphrase").write("river stone");
        robot.clickOn((Button b) -> "Open".equals(b.getText()));
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
    }

    @Test
    void aStoreHeldByAnotherPolicyDeskCanBeTriedAgainOnceItIsClosed() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new WorkspaceOpenException(WorkspaceOpenException.Kind.LOCKED, "The PolicyDesk store at /data"
                        + " is already open in another PolicyDesk window or command. Close it and try again.", null);
            }
            return new FakeWorkspace(Path.of("data"), FakePolicyService.withSamples(), false);
        });
        waitFor(() -> label("The policy store is already open.").isPresent());
        robot.clickOn((Button b) -> "Try again".equals(b.getText()));
        waitFor(() -> robot.lookup("#policyTable").tryQuery().isPresent());
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anUnexpectedFailureShowsOneSentenceAndOpenLogShowsWhereTheLogIs() throws Exception {
        start(() -> {
            throw new IllegalStateException("The disk is full; free some space and start PolicyDesk again.");
        });
        waitFor(() -> label("The disk is full; free some space and start PolicyDesk again.").isPresent());
        robot.clickOn((Button b) -> "Open log".equals(b.getText()));
        // Headless: no desktop to open it with, so the path is shown to copy.
        waitFor(() -> robot.lookup("#logPath").tryQuery().isPresent());
        assertThat(robot.lookup("#logPath").queryAs(TextField.class).getText()).endsWith("policydesk.log");
    }

    @Test
    void restoreFromTheFileMenuAsksFirstThenBringsBackTheStoreAsItWas() throws Exception {
        Path store = tmp.resolve("store");
        Path backup = tmp.resolve("one policy.zip");
        try (Workspace ws = Workspaces.open(store)) {
            ws.backups().backupTo(backup);
            ws.policies().importText("2-010.txt", "2:10 School District Governance\n\nOur own text.\n");
        }
        start(WorkspaceOpener.forFolder(store));
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 2).orElse(false));

        javafx.application.Platform.runLater(() -> app.confirmAndRestore(backup));
        waitFor(() -> label("Replace the policy store with this backup?").isPresent());
        robot.clickOn((Button b) -> "Restore".equals(b.getText()));
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        assertThat(Files.list(store.resolve("backups")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.endsWith("-before-restore.zip"));
    }

    private java.util.Optional<Label> label(String part) {
        return robot.lookup((Label l) -> l.getText() != null && l.getText().contains(part)).tryQuery();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
