package org.policydesk.gui.app;

import javafx.application.Application;

/** Starts {@link DemoApp}; a main outside the Application subclass, because JavaFX refuses that from the class path. */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }
}
