package org.policydesk.gui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's placement in its own preferences node. The window opens before the data
 * folder is known, so the data folder cannot hold this; unreadable values read as "unknown".
 */
final class WindowStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(WindowStateStore.class);
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    private final Preferences node;

    WindowStateStore(Preferences node) {
        this.node = node;
    }

    /** The node the app uses: one per feature, not one big preferences object. */
    static WindowStateStore forMainWindow() {
        return new WindowStateStore(Preferences.userRoot().node("org/policydesk/gui/main-window"));
    }

    WindowState load() {
        WindowState initial = WindowState.initial();
        // getDouble/getBoolean already return the default for missing or unparsable values.
        return new WindowState(node.getDouble(X, Double.NaN), node.getDouble(Y, Double.NaN),
                node.getDouble(WIDTH, initial.width()), node.getDouble(HEIGHT, initial.height()),
                node.getBoolean(MAXIMIZED, false));
    }

    void save(WindowState state) {
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
            LOG.warn("Could not save the window position", e);
        }
    }
}
