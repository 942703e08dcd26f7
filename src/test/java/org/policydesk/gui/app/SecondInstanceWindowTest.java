package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.service.common.Workspace;
import org.policydesk.store.HoldStoreOpen;

/**
 * The window started on a store that another process (a second PolicyDesk, or a command) holds open: it says so
 * in one sentence with Try again, Quit and Open log, touches nothing, and opens the store once the other closes it.
 */
class SecondInstanceWindowTest {

    @TempDir
    Path tmp;

    private final Preferences windowNode = Preferences.userRoot().node("policydesk-test-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private PolicyDeskApp app;
    private Process holder;

    @AfterEach
    void closeApp() throws Exception {
        if (holder != null && holder.isAlive()) {
            holder.destroyForcibly();
        }
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        windowNode.removeNode();
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedCalmlyAndOpensOnTryAgainOnceClosed() throws Exception {
        Path store = tmp.resolve("store");
        int policies;
        try (Workspace first = WorkspaceOpener.forFolder(store).open()) {
            policies = first.policies().listPolicies().size();
        }
        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(said.readLine()).isEqualTo("open");

        FxToolkit.registerPrimaryStage();
        app = (PolicyDeskApp) FxToolkit.setupApplication(() ->
                new PolicyDeskApp(WorkspaceOpener.forFolder(store), new WindowStateStore(windowNode)));
        waitFor(() -> label("The policy store is already open.") != null);
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().contains("already open in another")
                && l.getText().contains("Close it")).tryQuery()).as("one sentence saying what to do").isPresent();
        for (String button : new String[] {"Try again", "Quit", "Open log"}) {
            assertThat(robot.lookup((Button b) -> button.equals(b.getText())).tryQuery()).as(button).isPresent();
        }

        holder.getOutputStream().close();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        robot.clickOn((Button b) -> "Try again".equals(b.getText()));
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == policies).orElse(false));
    }

    private Label label(String text) {
        return robot.lookup((Label l) -> text.equals(l.getText())).<Label>tryQuery().orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
