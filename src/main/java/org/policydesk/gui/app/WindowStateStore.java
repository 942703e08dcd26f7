package org.policydesk.gui.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's placement in its own preferences node. The window opens before the data
 * folder is known, so the data folder cannot hold this; unreadable values read as "unknown".
 */
public final class WindowStateStore {
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    private final Preferences node;

    public WindowStateStore(Preferences node) {
        this.node = node;
    }

    /** The node the app uses: one per feature, not one big preferences object. */
    public static WindowStateStore forMainWindow() {
        return new WindowStateStore(Preferences.userRoot().node("org/policydesk/gui/main-window"));
    }

    /**
     * Reads the main window's placement on a thread of its own while JavaFX starts: the first read parses the
     * preferences file (an XML parser of a hundred classes), which would otherwise wait in line before the
     * window shows. The later {@link #load()} on the FX thread then finds the values in memory.
     */
    public static void readAheadInBackground() {
        Thread thread = new Thread(() -> forMainWindow().load(), "policydesk-window-placement");
        thread.setDaemon(true);
        thread.start();
    }

    WindowState load() {
        WindowState initial = WindowState.initial();
        // getDouble/getBoolean already return the default for missing or unparsable values.
        return new WindowState(node.getDouble(X, Double.NaN), node.getDouble(Y, Double.NaN),
                node.getDouble(WIDTH, initial.width()), node.getDouble(HEIGHT, initial.height()),
                node.getBoolean(MAXIMIZED, false));
    }

    public void save(WindowState state) {
        try {
            node.putDouble(X, state.x());
            node.putDouble(Y, state.y());
            node.putDouble(WIDTH, state.width());
            node.putDouble(HEIGHT, state.height());
            node.putBoolean(MAXIMIZED, state.maximized());
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // IllegalStateException: the preferences node was removed meanwhile (another PolicyDesk, or a test).
            // Losing the window position is not worth bothering the user about.
            log().warn("Could not save the window position", e);
        }
    }

    /**
     * Asked for when needed rather than held in a static field: the first logger configures Logback (its XML
     * configuration is a large share of the start), which must not happen before the window shows (decision 0060).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowStateStore.class);
    }
}
