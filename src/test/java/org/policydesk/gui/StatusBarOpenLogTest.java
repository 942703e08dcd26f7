package org.policydesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.prefs.Preferences;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A failure that only reaches the status bar (here: a search after the store was closed under the window) shows
 * its one sentence in the error colour with "Open log" beside it, and the link opens the log, or says where it
 * is when the desktop cannot open it. The real window on a real store; the viewer is the {@link LogFile} seam.
 */
class StatusBarOpenLogTest {

    @TempDir
    Path tmp;

    private final Preferences windowNode = Preferences.userRoot().node("policydesk-test-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Workspace> opened = new AtomicReference<>();
    private final List<Path> viewed = new CopyOnWriteArrayList<>();
    private final Predicate<Path> realViewer = LogFile.viewer;
    private String logDirBefore;
    private PolicyDeskApp app;
    private Path log;

    @BeforeEach
    void start() throws Exception {
        logDirBefore = System.getProperty("policydesk.log.dir");
        System.setProperty("policydesk.log.dir", tmp.resolve("logs").toString());
        log = Files.createDirectories(tmp.resolve("logs")).resolve("policydesk.log");
        Files.writeString(log, "a log line\n");

        Path store = tmp.resolve("store");
        WorkspaceOpener keepsWhatItOpens = () -> {
            Workspace w = WorkspaceOpener.forFolder(store).open();
            opened.set(w);
            return w;
        };
        FxToolkit.registerPrimaryStage();
        app = (PolicyDeskApp) FxToolkit.setupApplication(() ->
                new PolicyDeskApp(keepsWhatItOpens, new WindowStateStore(windowNode)));
        waitFor(() -> robot.lookup("#policyTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
    }

    @AfterEach
    void closeApp() throws Exception {
        LogFile.viewer = realViewer;
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        windowNode.removeNode();
        if (logDirBefore == null) {
            System.clearProperty("policydesk.log.dir");
        } else {
            System.setProperty("policydesk.log.dir", logDirBefore);
        }
    }

    @Test
    void aSearchThatFailsShowsOneSentenceAndOpenLogWhichOpensTheLog() throws Exception {
        LogFile.viewer = file -> viewed.add(file);
        Hyperlink openLog = robot.lookup("#statusOpenLog").query();
        assertThat(openLog.isVisible()).as("no Open log while nothing failed").isFalse();

        searchAfterTheStoreIsClosed();

        Label message = robot.lookup("#statusMessage").query();
        assertThat(message.getText()).as("the database's own words stay in the log").isEqualTo(UserMessages.STORE);
        assertThat(message.getPseudoClassStates()).contains(PseudoClass.getPseudoClass(Styles.STATUS_FAILURE));

        robot.clickOn("#statusOpenLog");
        waitFor(() -> !viewed.isEmpty());
        assertThat(viewed).containsExactly(log);
    }

    @Test
    void whenTheDesktopCannotOpenTheLogOpenLogShowsWhereItIs() throws Exception {
        LogFile.viewer = file -> false;

        searchAfterTheStoreIsClosed();
        robot.clickOn("#statusOpenLog");

        waitFor(() -> robot.lookup("#logPath").tryQuery().isPresent());
        TextField path = robot.lookup("#logPath").query();
        assertThat(path.getText()).isEqualTo(log.toString());
        assertThat(path.isEditable()).as("the path is there to copy, not to change").isFalse();
    }

    private void searchAfterTheStoreIsClosed() throws Exception {
        opened.get().close();
        robot.clickOn("#tab-search");
        waitFor(() -> robot.lookup("#searchField").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#searchField").write("student");
        waitFor(() -> robot.lookup("#statusOpenLog").query().isVisible());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
