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
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)
                    && log.toFile().isFile()) {
                // Desktop.open can block while the viewer starts; never on the FX thread.
                Thread t = new Thread(() -> {
                    try {
                        java.awt.Desktop.getDesktop().open(log.toFile());
                    } catch (Exception e) {
                        org.slf4j.LoggerFactory.getLogger(LogFile.class).warn("Cannot open the log {}", log, e);
                    }
                }, "policydesk-open-log");
                t.setDaemon(true);
                t.start();
                return true;
            }
        } catch (RuntimeException | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(LogFile.class).debug("No desktop integration", e);
        }
        return false;
    }

    /** Opens the folder holding the log in the system's file manager; false when the desktop cannot. */
    static boolean openFolder() {
        Path folder = path().getParent();
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)
                    && folder.toFile().isDirectory()) {
                Thread t = new Thread(() -> {
                    try {
                        java.awt.Desktop.getDesktop().open(folder.toFile());
                    } catch (Exception e) {
                        org.slf4j.LoggerFactory.getLogger(LogFile.class).warn("Cannot open the log folder {}", folder, e);
                    }
                }, "policydesk-open-log-folder");
                t.setDaemon(true);
                t.start();
                return true;
            }
        } catch (RuntimeException | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(LogFile.class).debug("No desktop integration", e);
        }
        return false;
    }
}
