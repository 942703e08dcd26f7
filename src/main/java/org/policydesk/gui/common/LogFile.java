package org.policydesk.gui.common;

import java.nio.file.Path;
import java.util.function.Predicate;

import javafx.scene.control.Alert;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Where the log is: {@code <data folder>/logs/policydesk.log}, as LogConfiguration and the Launcher set it up. */
public final class LogFile {

    /**
     * What opens a file in the system's viewer. Tests replace it to see that "Open log" asks for the log without
     * starting a real viewer, and put it back after.
     */
    public static volatile Predicate<Path> viewer = OpenInViewer::open;

    private LogFile() {
    }

    public static Path path() {
        String dir = System.getProperty("policydesk.log.dir");
        Path folder = dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "policydesk-logs");
        return folder.resolve("policydesk.log");
    }

    /**
     * Opens the log in the system's text viewer. Returns false when the desktop cannot do that (no desktop
     * integration, or headless): the caller then shows the path instead.
     */
    public static boolean openInViewer() {
        Path log = path();
        return log.toFile().isFile() && viewer.test(log);
    }

    /**
     * "Open log" outside a dialog that could show the path itself: opens the log, or, when the desktop cannot,
     * says where it is in a small window whose path can be copied.
     */
    public static void openOrShowPath(Window owner) {
        if (openInViewer()) {
            return;
        }
        Alert where = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            where.initOwner(owner);
        }
        where.setTitle("PolicyDesk");
        where.setHeaderText("The log cannot be opened from here.");
        VBox box = new VBox(8);
        ErrorDialog.showLogPath(box);
        where.getDialogPane().setContent(box);
        where.show();
    }

    /** Opens the folder holding the log in the system's file manager; false when the desktop cannot. */
    public static boolean openFolder() {
        Path folder = path().getParent();
        return folder.toFile().isDirectory() && viewer.test(folder);
    }
}
