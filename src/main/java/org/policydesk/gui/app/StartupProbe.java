package org.policydesk.gui.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Start-up milestones for the benchmark harness: with {@code -Dpolicydesk.startupProbe=true} the app prints
 * "policydesk-probe NAME MILLIS CPU_MILLIS" (milliseconds since the JVM started, and the CPU time the whole
 * process has used so far, which a busy machine stretches far less than the wall time) when the window shows,
 * when its real controls are in place, and when the policy list first fills, then quits. Off by default; costs
 * nothing then.
 */
public final class StartupProbe {

    static final String PROPERTY = "policydesk.startupProbe";
    /** Also the steps before the window shows ({@link #step}); off in the bench, where they would cost the window. */
    static final String STEPS_PROPERTY = "policydesk.startupProbe.steps";

    /**
     * Steps taken before the window shows, printed with it: asking for the JVM's start time loads the management
     * classes, which must not count against the window (the empty-window baseline asks only after its window).
     */
    private static final List<Moment> EARLY = new ArrayList<>();
    private static boolean windowReported;

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * A step on the way to the first frame (e.g. "show-returned"), for taking the start apart; before the window
     * shows only with {@code -Dpolicydesk.startupProbe.steps=true}.
     */
    public static void step(String name) {
        if (enabled() && (windowReported || Boolean.getBoolean(STEPS_PROPERTY))) {
            Moment moment = Moment.now(name);
            if (windowReported) {
                moment.print();
            } else {
                EARLY.add(moment);
            }
        }
    }

    /** After the next pulse, so the window has really been drawn. */
    public static void windowShown() {
        if (enabled()) {
            Platform.runLater(() -> {
                Moment shown = Moment.now("window-shown");
                windowReported = true;
                EARLY.forEach(Moment::print);
                EARLY.clear();
                shown.print();
            });
        }
    }

    /** After the next pulse once the real controls have replaced the first frame (decision 0085). */
    public static void controlsReady() {
        if (enabled()) {
            Platform.runLater(() -> step("controls-ready"));
        }
    }

    /** When the workspace has opened (store, schema check, start backup) and the main view is about to be built. */
    public static void storeOpened() {
        step("store-opened");
    }

    public static <T> void whenFilled(ObservableList<T> list) {
        if (!enabled()) {
            return;
        }
        list.addListener(new ListChangeListener<T>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                if (!list.isEmpty()) {
                    list.removeListener(this);
                    Platform.runLater(() -> {
                        step("policies-listed");
                        Platform.exit();
                    });
                }
            }
        });
    }

    /** A milestone's wall clock and process CPU time, taken at once and printed when that is cheap. */
    private record Moment(String name, long wallMillis, long cpuMillis) {

        static Moment now(String name) {
            return new Moment(name, System.currentTimeMillis(),
                    ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        }

        void print() {
            long sinceJvmStart = wallMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("policydesk-probe " + name + " " + sinceJvmStart + " " + cpuMillis);
            System.out.flush();
        }
    }
}
