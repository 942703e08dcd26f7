package org.policydesk.gui.common;

import java.nio.file.Path;

/** Opens a written file (a PDF, the log) or a folder in the system's viewer, when the desktop can. */
public final class OpenInViewer {

    private OpenInViewer() {
    }

    /** False when there is no desktop integration (headless, or none on this system). */
    public static boolean open(Path file) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                return false;
            }
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
        // Desktop.open can block while the viewer starts: never on the FX thread.
        Thread t = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(file.toFile());
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(OpenInViewer.class).warn("Cannot open {}", file, e);
            }
        }, "policydesk-open-file");
        t.setDaemon(true);
        t.start();
        return true;
    }
}
