package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.policydesk.gui.common.LogFile;
import org.policydesk.gui.common.Styles;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.gui.testing.LogFolderUnderTest;
import org.policydesk.service.common.Workspace;

/**
 * A failure that only reaches the status bar (here: a search after the store was closed under the window) shows
 * its one sentence in the error colour with "Open log" beside it, and the link opens the log, or says where it
 * is when the desktop cannot open it. The real window on a real store; the viewer is the {@link LogFile} seam.
 */
class StatusBarOpenLogTest {

    @RegisterExtension
    final LogFolderUnderTest logs = new LogFolderUnderTest();
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @TempDir
    Path tmp;

    private final AtomicReference<Workspace> opened = new AtomicReference<>();
    private FxRobot robot;

    @BeforeEach
    void start() throws Exception {
        Path store = tmp.resolve("store");
        WorkspaceOpener keepsWhatItOpens = () -> {
            Workspace w = WorkspaceOpener.forFolder(store).open();
            opened.set(w);
            return w;
        };
        robot = app.start(keepsWhatItOpens).waitForPolicies().robot();
    }

    @Test
    void aSearchThatFailsShowsOneSentenceAndOpenLogWhichOpensTheLog() throws Exception {
        Hyperlink openLog = robot.lookup("#statusOpenLog").query();
        assertThat(openLog.isVisible()).as("no Open log while nothing failed").isFalse();

        searchAfterTheStoreIsClosed();

        Label message = robot.lookup("#statusMessage").query();
        assertThat(message.getText()).as("the database's own words stay in the log").isEqualTo(UserMessages.STORE);
        assertThat(message.getPseudoClassStates()).contains(PseudoClass.getPseudoClass(Styles.STATUS_FAILURE));

        robot.clickOn("#statusOpenLog");
        app.waitUntil(() -> !logs.viewed().isEmpty());
        assertThat(logs.viewed()).containsExactly(logs.log());
    }

    @Test
    void whenTheDesktopCannotOpenTheLogOpenLogShowsWhereItIs() throws Exception {
        logs.desktopCannotOpen();

        searchAfterTheStoreIsClosed();
        robot.clickOn("#statusOpenLog");

        app.waitUntil(() -> robot.lookup("#logPath").tryQuery().isPresent());
        TextField path = robot.lookup("#logPath").query();
        assertThat(path.getText()).isEqualTo(logs.log().toString());
        assertThat(path.isEditable()).as("the path is there to copy, not to change").isFalse();
    }

    private void searchAfterTheStoreIsClosed() throws Exception {
        opened.get().close();
        robot.clickOn("#tab-search");
        app.waitUntil(() -> robot.lookup("#searchField").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#searchField").write("student");
        app.waitUntil(() -> robot.lookup("#statusOpenLog").query().isVisible());
    }
}
