package org.policydesk.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.LogFile;

/** The import report has "Open log" when a file failed (and keeps showing), and none when all went well. */
class ImportReportOpenLogTest {

    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private final List<Path> viewed = new CopyOnWriteArrayList<>();
    private final Predicate<Path> realViewer = LogFile.viewer;
    private String logDirBefore;

    @BeforeEach
    void start() throws Exception {
        logDirBefore = System.getProperty("policydesk.log.dir");
        System.setProperty("policydesk.log.dir", tmp.toString());
        Files.writeString(tmp.resolve("policydesk.log"), "Not imported: broken.txt: line 3: …\n");
        LogFile.viewer = viewed::add;
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        LogFile.viewer = realViewer;
        FxToolkit.cleanupStages();
        if (logDirBefore == null) {
            System.clearProperty("policydesk.log.dir");
        } else {
            System.setProperty("policydesk.log.dir", logDirBefore);
        }
    }

    @Test
    void aReportWithAFailedFileOffersOpenLogWhichKeepsTheReportOpen() throws Exception {
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = ImportReportDialog.create(null, new ImportReport(List.of(
                    ImportReport.Line.failed("broken.txt", "broken.txt: is a PDF, not plain text")), 1, false));
            alert.show();
            shown.set(alert);
        });
        Button openLog = (Button) shown.get().getDialogPane().lookupButton(ErrorDialog.OPEN_LOG);
        assertThat(openLog).isNotNull();

        robot.interact(openLog::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewed.isEmpty());
        assertThat(viewed).containsExactly(tmp.resolve("policydesk.log"));
        assertThat(shown.get().isShowing()).isTrue();
        robot.interact(() -> shown.get().close());
    }

    @Test
    void aReportWithoutFailuresHasNoOpenLog() throws Exception {
        AtomicReference<Alert> made = new AtomicReference<>();
        robot.interact(() -> made.set(ImportReportDialog.create(null, new ImportReport(List.of(), 0, false))));
        assertThat(made.get().getButtonTypes()).doesNotContain(ErrorDialog.OPEN_LOG);
    }
}
