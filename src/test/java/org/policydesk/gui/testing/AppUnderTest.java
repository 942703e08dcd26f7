package org.policydesk.gui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.gui.app.FirstFrame;
import org.policydesk.gui.app.WindowState;
import org.policydesk.gui.app.WindowStateStore;
import org.policydesk.gui.app.WorkspaceOpener;
import org.policydesk.service.common.Workspaces;

/**
 * The real PolicyDesk window, started by TestFX for one test and closed after it: register it with
 * {@code @RegisterExtension final AppUnderTest app = new AppUnderTest();}. Each test gets window-placement
 * preferences of its own, so no test moves another's window or the user's.
 */
public final class AppUnderTest implements AfterEachCallback {

    private static final int DEFAULT_WAIT_SECONDS = 60;

    private final Preferences windowNode = Preferences.userRoot().node("policydesk-test-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;
    private boolean ownStage;
    /** Every root the window's scene has had, first frame first (decision 0085). */
    private final List<Parent> rootsShown = new CopyOnWriteArrayList<>();
    private final ChangeListener<Parent> rootWatcher = (o, was, now) -> rootsShown.add(now);
    private final ChangeListener<Scene> sceneWatcher = (o, was, now) -> {
        if (now != null) {
            rootsShown.add(now.getRoot());
            now.rootProperty().addListener(rootWatcher);
        }
    };

    public FxRobot robot() {
        return robot;
    }

    /** The stage the app was started on. */
    public Stage stage() {
        return stage;
    }

    /** Starts the app on the real store in {@code store}. */
    public AppUnderTest start(Path store) throws Exception {
        return start(() -> Workspaces.open(store));
    }

    /**
     * Starts the app with {@code opener} on TestFX's primary stage and waits until its controls have replaced the
     * first frame; the store opens behind them.
     */
    public AppUnderTest start(WorkspaceOpener opener) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        watchRoots();
        app = FxToolkit.setupApplication(() -> new PolicyDeskApp(opener, new WindowStateStore(windowNode)));
        waitForControls();
        return this;
    }

    /** The window's remembered placement, as the user's last session left it; call before starting. */
    public void rememberPlacement(WindowState state) {
        new WindowStateStore(windowNode).save(state);
    }

    /** The roots the window's scene has shown since the start, in order. */
    public List<Parent> rootsShown() {
        return List.copyOf(rootsShown);
    }

    private void watchRoots() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.sceneProperty().addListener(sceneWatcher)).get();
    }

    /** The first frame has made way for the real controls (or for a start-up panel). */
    private void waitForControls() throws Exception {
        waitUntil(() -> stage.getScene() != null && !(stage.getScene().getRoot() instanceof FirstFrame));
    }

    /**
     * Starts the app on a stage of its own, so that its window-placement handler never fires for another
     * test's window; after the test the primary stage is registered again for the tests that follow.
     */
    public AppUnderTest startOnOwnStage(Path store) throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        ownStage = true;
        app = FxToolkit.setupApplication(() -> new PolicyDeskApp(() -> Workspaces.open(store),
                new WindowStateStore(windowNode)));
        waitForControls();
        return this;
    }

    /** Waits until the policy list shows at least one policy: the store is open and read. */
    public AppUnderTest waitForPolicies() throws Exception {
        waitUntil(() -> robot.lookup("#policyTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty())
                .orElse(false));
        return this;
    }

    /** Waits until the navigation has the place {@code title}, then shows it. */
    public void showPlace(String title) throws Exception {
        waitUntil(() -> robot.lookup("#navigation").tryQuery()
                .map(n -> ((TabPane) n).getTabs().stream().anyMatch(t -> title.equals(t.getText())))
                .orElse(false));
        TabPane navigation = robot.lookup("#navigation").queryAs(TabPane.class);
        robot.interact(() -> navigation.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst()
                .ifPresent(t -> navigation.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(DEFAULT_WAIT_SECONDS, condition);
    }

    /** Waits for {@code condition}; on time-out the failure lists the texts the window shows. */
    public void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        try {
            // The condition looks at the scene graph, so it runs on the FX thread: read from the test thread it
            // raced with the window's own changes and failed at random under load.
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the window shows: " + robot.lookup((Node n) ->
                    n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank())
                    .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stops the app (its store closes), as quitting does; the test may then open the store itself. */
    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.sceneProperty().removeListener(sceneWatcher);
                if (stage.getScene() != null) {
                    stage.getScene().rootProperty().removeListener(rootWatcher);
                }
            }).get();
        }
        leaveFullScreen();
        stop();
        FxToolkit.cleanupStages();
        if (ownStage) {
            FxToolkit.registerPrimaryStage();
        }
        windowNode.removeNode();
    }

    /**
     * Leaves full screen before the stages go: the "exit full screen" overlay fades on a timer, and a timer still
     * running on a closed scene fails the next test in this JVM.
     */
    private static void leaveFullScreen() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.isFullScreen()) {
                    s.setFullScreen(false);
                    s.hide();
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
