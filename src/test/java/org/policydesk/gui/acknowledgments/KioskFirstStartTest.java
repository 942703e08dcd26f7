package org.policydesk.gui.acknowledgments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** Start kiosk on a store with no office password yet: the window asks for one, saves it, then opens the kiosk. */
class KioskFirstStartTest {

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void theOfficePasswordChosenAtFirstStartIsSavedAndLeavesTheKiosk(@TempDir Path dir) throws Exception {
        Path store = AckStore.newStore(dir);
        FxRobot robot = app.robot();
        app.start(store).showPlace("Acknowledgments");
        Button start = robot.lookup("#startKiosk").queryButton();
        app.waitUntil(() -> !start.isDisabled());
        robot.clickOn(start);

        app.waitUntil(() -> robot.lookup("#newPassword").tryQuery().isPresent());
        assertThat(AckStore.kioskStage()).as("no kiosk before the password is saved").isNull();
        robot.clickOn("#newPassword").write("first-start");
        robot.clickOn("#newPasswordAgain").write("first-start").type(KeyCode.ENTER);

        app.waitUntil(() -> AckStore.kioskStage() != null && robot.lookup("#kioskName").tryQuery().isPresent());
        app.waitUntil(() -> robot.lookup("#officePasswordStatus").queryLabeled().getText()
                .startsWith("The office password is set"));
        Stage kiosk = AckStore.kioskStage();
        robot.clickOn("#kioskLeave");
        robot.clickOn("#kioskOfficePassword").write("first-start").type(KeyCode.ENTER);
        app.waitUntil(() -> !kiosk.isShowing());

        app.stop();
        try (Workspace w = Workspaces.open(store)) {
            assertThat(w.acknowledgments().checkOfficePassword("first-start".toCharArray())).isTrue();
        }
    }
}
