package org.policydesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.model.PolicySummary;
import org.policydesk.service.Workspaces;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole application on a new store in a temporary folder: sample district, filter, reader. */
class RealStoreWindowTest {

    @TempDir
    Path store;

    private final Preferences windowNode = Preferences.userRoot().node("policydesk-test-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        windowNode.removeNode();
    }

    @Test
    void aNewStoreShowsTheSample5_125DraftWithItsIssue117Comments() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new PolicyDeskApp(() -> Workspaces.open(store),
                new WindowStateStore(windowNode)));
        waitUntil(() -> robot.lookup("#policyTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty())
                .orElse(false));

        robot.clickOn("#policyFilter").write("social media");
        TableView<?> table = robot.lookup("#policyTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        Node row = robot.lookup((TableRow<?> r) -> r.isVisible() && r.getItem() instanceof PolicySummary s
                && s.displayNumber().equals("5:125")).query();
        robot.clickOn(row);

        waitUntil(() -> !texts(t -> t.getText().contains("Issue 117, October 2024")).isEmpty());
        assertThat(texts(t -> t.getText().contains("Personal Technology and Social Media; Usage and Conduct"))).isNotEmpty();
        assertThat(robot.lookup("." + Styles.MARKER).queryAllAs(Text.class)).extracting(Text::getText)
                .containsExactlyInAnyOrder("1", "2");
        ComboBox<?> versions = robot.lookup("#versionBox").queryAs(ComboBox.class);
        assertThat(versions.getItems()).hasSize(2);
        assertThat(store.resolve("policydesk.mv.db")).exists();
    }

    private Set<Text> texts(java.util.function.Predicate<Text> test) {
        return robot.lookup((Node n) -> n instanceof Text t && test.test(t)).queryAllAs(Text.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
