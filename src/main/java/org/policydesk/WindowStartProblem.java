package org.policydesk;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why the window cannot start on this machine (no display, no GTK library), as one sentence for a person
 * instead of JavaFX's stack trace; the command line needs neither, so the sentence says so.
 */
final class WindowStartProblem {

    static final String CLI_WORKS = " The command-line tool works without a display: run \"policydesk --help\".";

    private WindowStartProblem() {
    }

    /** Before starting: on Linux and other X11/Wayland systems, a window needs DISPLAY or WAYLAND_DISPLAY. */
    static Optional<String> before(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11OrWayland = !os.contains("win") && !os.contains("mac");
        boolean headlessToolkit = "monocle".equalsIgnoreCase(glassPlatform);
        if (x11OrWayland && !headlessToolkit && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("PolicyDesk cannot open its window: there is no display (neither DISPLAY nor "
                    + "WAYLAND_DISPLAY is set)." + CLI_WORKS);
        }
        return Optional.empty();
    }

    /** After JavaFX failed to start: the sentence for a missing display or GTK library, else empty. */
    static Optional<String> after(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("GTK") || message.contains("gtk")) {
                return Optional.of("PolicyDesk cannot open its window: the GTK 3 library is missing (on Debian "
                        + "or Ubuntu: apt-get install libgtk-3-0)." + CLI_WORKS);
            }
            if (message.contains("DISPLAY") || message.contains("display")) {
                return Optional.of("PolicyDesk cannot open its window: the display cannot be opened ("
                        + message.strip() + ")." + CLI_WORKS);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
