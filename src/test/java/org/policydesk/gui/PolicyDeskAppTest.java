package org.policydesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.common.Styles;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.gui.testing.FakePolicyService;
import org.policydesk.gui.testing.FakeWorkspace;
import org.policydesk.model.PolicySummary;

/** Start-up as the user sees it: the window first, the store after; and the whole app on a real new store. */
class PolicyDeskAppTest {

    @TempDir
    Path store;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @Test
    void theWindowShowsWhileTheStoreIsStillOpening() throws Exception {
        CountDownLatch storeOpened = new CountDownLatch(1);
        app.start(() -> {
            storeOpened.await(10, TimeUnit.SECONDS);
            return new FakeWorkspace(Path.of("data"), FakePolicyService.withSamples(), true);
        });
        Stage stage = app.stage();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup((Label l) -> "Opening your policies…".equals(l.getText())).tryQuery()).isPresent();

        storeOpened.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#policyTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 4)
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("This is a sample district"))
                .tryQuery()).isPresent();
    }

    @Test
    void aStoreThatCannotOpenIsExplainedInOneSentence() throws Exception {
        app.start(() -> {
            throw new IllegalStateException("The data folder /srv/policies is locked by another PolicyDesk.");
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(
                (Label l) -> "The data folder /srv/policies is locked by another PolicyDesk.".equals(l.getText()))
                .tryQuery().isPresent());
        assertThat(robot.lookup((Label l) -> "PolicyDesk could not open its data folder.".equals(l.getText()))
                .tryQuery()).isPresent();
    }

    @Test
    void aNewStoreShowsTheSample5_125DraftWithItsIssue117Comments() throws Exception {
        app.start(store).waitForPolicies();

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

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(20, condition);
    }
}
