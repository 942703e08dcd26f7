package org.policydesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.model.AdoptionOutcome;
import org.policydesk.service.RosterImportOptions;
import org.policydesk.service.Workspace;
import org.policydesk.service.Workspaces;
import org.testfx.api.FxRobot;

/** Start kiosk on a store with no office password yet: the window asks for one, saves it, then opens the kiosk. */
class KioskFirstStartTest {

    @TempDir
    Path dir;
    Path store;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @BeforeEach
    void storeWithStaffAndAnAdoptedPolicyButNoOfficePassword() throws Exception {
        store = dir.resolve("store");
        try (Workspace w = Workspaces.open(store)) {
            Path roster = Files.writeString(dir.resolve("roster.csv"), KioskTest.ROSTER, StandardCharsets.UTF_8);
            w.rosters().apply(w.rosters().preview(roster, RosterImportOptions.guessed()), false);
            long policyId = w.policies().listPolicies().get(0).id();
            long versionId = w.policies().policy(policyId, null).orElseThrow().shown().id();
            w.library().adopt(versionId, LocalDate.of(2025, 6, 12), AdoptionOutcome.AS_PRESENTED, false);
        }
    }

    @Test
    void theOfficePasswordChosenAtFirstStartIsSavedAndLeavesTheKiosk() throws Exception {
        app.start(store).showPlace("Acknowledgments");
        Button start = robot.lookup("#startKiosk").queryButton();
        app.waitUntil(() -> !start.isDisabled());
        robot.clickOn(start);

        app.waitUntil(() -> robot.lookup("#newPassword").tryQuery().isPresent());
        assertThat(kioskStage()).as("no kiosk before the password is saved").isNull();
        robot.clickOn("#newPassword").write("first-start");
        robot.clickOn("#newPasswordAgain").write("first-start").type(KeyCode.ENTER);

        app.waitUntil(() -> kioskStage() != null && robot.lookup("#kioskName").tryQuery().isPresent());
        app.waitUntil(() -> robot.lookup("#officePasswordStatus").queryLabeled().getText()
                .startsWith("The office password is set"));
        Stage kiosk = kioskStage();
        robot.clickOn("#kioskLeave");
        robot.clickOn("#kioskOfficePassword").write("first-start").type(KeyCode.ENTER);
        app.waitUntil(() -> !kiosk.isShowing());

        app.stop();
        try (Workspace w = Workspaces.open(store)) {
            assertThat(w.acknowledgments().checkOfficePassword("first-start".toCharArray())).isTrue();
        }
    }

    private Stage kioskStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                        && s.getTitle() != null && s.getTitle().startsWith("PolicyDesk kiosk"))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
