package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.Styles;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.testing.FakePolicyService;
import org.policydesk.model.PolicySummary;

/** The policies window driven like a user would, headless, on the fake store with real background threads. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private MainViewModel viewModel;

    /** Monocle's headless screen is 1280×800; a larger scene overflows its frame buffer. */
    @Start
    void start(Stage stage) {
        BackgroundTasks tasks = BackgroundTasks.onDaemonThreads();
        viewModel = new MainViewModel(FakePolicyService.withSamples(), tasks);
        stage.setScene(new Scene(new MainView(viewModel, tasks, null), 1200, 760));
        stage.show();
        viewModel.refresh(null);
    }

    @Test
    void typingANumberFindsThePolicyAndReadingItShowsMarkersAndFootnotes(FxRobot robot) throws Exception {
        TableView<PolicySummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 4);

        robot.clickOn("#policyFilter").write("5:125");
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(row(robot, "5:125"));
        waitUntil(() -> !texts(robot, t -> t.getText().contains("Issue 117, October 2024")).isEmpty());

        assertThat(table.getSelectionModel().getSelectedItem().displayNumber()).isEqualTo("5:125");
        Set<Text> markers = robot.lookup("." + Styles.MARKER).queryAllAs(Text.class);
        assertThat(markers).extracting(Text::getText).containsExactlyInAnyOrder("1", "2");
        Text first = markers.stream().filter(t -> t.getText().equals("1")).findFirst().orElseThrow();
        assertThat(first.getTranslateY()).as("raised like a superscript").isNegative();
        assertThat(first.getFont().getSize()).as("smaller than the body text")
                .isLessThan(texts(robot, t -> t.getText().startsWith("Includes")).iterator().next().getFont().getSize());
        assertThat(texts(robot, t -> t.getText().equals("1. "))).hasSize(1);
    }

    @Test
    void clickingACrossReferenceSelectsThatPolicyEvenWhenTheFilterHidItInTheList(FxRobot robot) throws Exception {
        TableView<PolicySummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 4);
        robot.clickOn("#policyFilter").write("personal technology");
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(row(robot, "5:125"));
        waitUntil(() -> !robot.lookup(hyperlink("5:120")).queryAll().isEmpty());

        ScrollPane scroll = robot.lookup("#documentScroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn(robot.lookup(hyperlink("5:120")).queryAs(Hyperlink.class));

        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().displayNumber().equals("5:120"));
        waitUntil(() -> viewModel.detailProperty().get().summary().displayNumber().equals("5:120"));
        assertThat(robot.lookup("#policyFilter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(table.getItems()).hasSize(4);
    }

    @Test
    void aCrossReferenceNotInTheStoreIsPlainText(FxRobot robot) throws Exception {
        TableView<PolicySummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 4);
        robot.interact(() -> viewModel.select(table.getItems().get(2)));
        waitUntil(() -> !texts(robot, t -> t.getText().equals("6:235")).isEmpty());

        assertThat(robot.lookup(hyperlink("6:235")).queryAll()).isEmpty();
        assertThat(robot.lookup(hyperlink("7:340")).queryAll()).hasSize(1);
    }

    @Test
    void theVersionListSwitchesTheTextShown(FxRobot robot) throws Exception {
        TableView<PolicySummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 4);
        robot.interact(() -> viewModel.select(table.getItems().get(2)));
        waitUntil(() -> viewModel.detailProperty().get() != null);

        robot.clickOn("#versionBox").clickOn("Version 1 · Adopted June 21, 2023 · Issue 114");

        waitUntil(() -> viewModel.detailProperty().get().shown().seq() == 1);
        waitUntil(() -> robot.lookup("." + Styles.MARKER).queryAll().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TableView<PolicySummary> table(FxRobot robot) {
        return robot.lookup("#policyTable").queryAs(TableView.class);
    }

    /** The table row showing that policy (the table also keeps hidden spare rows). */
    private static Node row(FxRobot robot, String number) {
        return robot.lookup((TableRow<?> r) -> r.isVisible() && r.getItem() instanceof PolicySummary s
                && s.displayNumber().equals(number)).query();
    }

    private static Predicate<Node> hyperlink(String text) {
        return n -> n instanceof Hyperlink h && h.getText().equals(text);
    }

    private static Set<Text> texts(FxRobot robot, Predicate<Text> test) {
        return robot.lookup((Node n) -> n instanceof Text t && test.test(t)).queryAllAs(Text.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
