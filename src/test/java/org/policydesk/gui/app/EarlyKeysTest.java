package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.testing.FakePolicyService;

/**
 * Keys typed while the first frame shows (no control can take them yet) reach the filter when the real controls
 * come, as {@link PolicyDeskApp} hands them over; shortcuts and keys typed after the hand-over are not kept.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyKeysTest {

    private Scene scene;
    private EarlyKeys earlyKeys;

    @Start
    void start(Stage stage) {
        scene = new Scene(new FirstFrame(), 1200, 760);
        earlyKeys = EarlyKeys.keptFrom(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void whatIsTypedOnTheFirstFrameLandsInTheFilterOfTheRealWindow(FxRobot robot) throws Exception {
        robot.write("5:1");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("25");
        WaitForAsyncUtils.waitForFxEvents();

        BackgroundTasks tasks = BackgroundTasks.onDaemonThreads();
        MainViewModel viewModel = new MainViewModel(FakePolicyService.withSamples(), tasks);
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            view[0] = new MainView(viewModel, tasks, null);
            scene.setRoot(view[0]);
        });
        // As the app does it: once a pulse has made the skins (the place tabs take the focus then).
        robot.write("1");
        robot.interact(() -> view[0].focusFilter(earlyKeys.handOver()));
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();

        TextField filter = robot.lookup("#policyFilter").queryAs(TextField.class);
        assertThat(filter.getText()).isEqualTo("5:1251x");
        assertThat(filter.isFocused()).isTrue();
        assertThat(viewModel.filterTextProperty().get()).isEqualTo("5:1251x");
        // Handed over once: what came later went to the filter, not into the kept keys.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> earlyKeys.handOver().equals("5:1251"));
    }
}
