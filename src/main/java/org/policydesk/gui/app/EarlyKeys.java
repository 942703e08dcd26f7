package org.policydesk.gui.app;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * What is typed while the window shows its first frame (decision 0085), before any control can take a key: kept,
 * and handed to the filter when the real controls arrive, so a user who starts typing a policy number at once
 * loses nothing.
 */
public final class EarlyKeys {

    private final Scene scene;
    private final StringBuilder typed = new StringBuilder();
    // An inner class, not a lambda: nothing before the first frame should need the lambda machinery.
    private final EventHandler<KeyEvent> keep = new EventHandler<>() {
        @Override
        public void handle(KeyEvent e) {
            String c = e.getCharacter();
            if (!c.isEmpty() && !Character.isISOControl(c.charAt(0)) && !e.isShortcutDown() && !e.isAltDown()) {
                typed.append(c);
            }
        }
    };

    private EarlyKeys(Scene scene) {
        this.scene = scene;
    }

    /** Starts keeping what is typed into {@code scene}. */
    public static EarlyKeys keptFrom(Scene scene) {
        EarlyKeys keys = new EarlyKeys(scene);
        scene.addEventHandler(KeyEvent.KEY_TYPED, keys.keep);
        return keys;
    }

    /** Stops keeping and returns what was typed (empty when nothing was). */
    public String handOver() {
        scene.removeEventHandler(KeyEvent.KEY_TYPED, keep);
        return typed.toString();
    }
}
