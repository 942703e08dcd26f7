package org.policydesk.gui;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Start-up milestones for the benchmark harness: with {@code -Dpolicydesk.startupProbe=true} the app prints
 * "policydesk-probe NAME MILLIS" (milliseconds since the JVM started) when the window shows and when the
 * policy list first fills, then quits. Off by default; costs nothing then.
 */
final class StartupProbe {

    static final String PROPERTY = "policydesk.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** A step on the way to the first frame (e.g. "view-built"), reported at once, for taking the start apart. */
    static void step(String name) {
        if (enabled()) {
            report(name);
        }
    }

    /** After the next pulse, so the window has really been drawn. */
    static void windowShown() {
        if (enabled()) {
            Platform.runLater(() -> report("window-shown"));
        }
    }

    /** When the workspace has opened (store, schema check, start backup) and the main view is about to be built. */
    static void storeOpened() {
        if (enabled()) {
            report("store-opened");
        }
    }

    static <T> void whenFilled(ObservableList<T> list) {
        if (!enabled()) {
            return;
        }
        list.addListener(new ListChangeListener<T>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                if (!list.isEmpty()) {
                    list.removeListener(this);
                    Platform.runLater(() -> {
                        report("policies-listed");
                        Platform.exit();
                    });
                }
            }
        });
    }

    private static void report(String milestone) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("policydesk-probe " + milestone + " " + sinceJvmStart);
        System.out.flush();
    }
}
