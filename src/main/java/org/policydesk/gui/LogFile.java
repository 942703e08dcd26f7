package org.policydesk.gui;

import java.nio.file.Path;

/** Where the log is: {@code <data folder>/logs/policydesk.log}, as logback.xml and the Launcher set it up. */
final class LogFile {

    private LogFile() {
    }

    static Path path() {
        String dir = System.getProperty("policydesk.log.dir");
        Path folder = dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "policydesk-logs");
        return folder.resolve("policydesk.log");
    }

    /**
     * Opens the log in the system's text viewer. Returns false when the desktop cannot do that (no desktop
     * integration, or headless): the caller then shows the path instead.
     */
    static boolean openInViewer() {
        Path log = path();
        return log.toFile().isFile() && OpenInViewer.open(log);
    }

    /** Opens the folder holding the log in the system's file manager; false when the desktop cannot. */
    static boolean openFolder() {
        Path folder = path().getParent();
        return folder.toFile().isDirectory() && OpenInViewer.open(folder);
    }
}
