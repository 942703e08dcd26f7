package org.policydesk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.policydesk.cli.PolicyDeskCli;
import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.service.common.DataDirectory;

/**
 * Entry point: no command opens the window (window options such as {@code --db DIR} may be given), a command
 * runs the command line. A plain main class, because one extending {@code Application} cannot start from
 * the class path or a shaded jar.
 */
public final class Launcher {

    /** Read by {@link LogConfiguration}: the log files go to {@code <data folder>/logs}. */
    static final String LOG_DIR_PROPERTY = "policydesk.log.dir";
    /** Options the window understands; anything else means the command line. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--db", "--open");

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before anything asks for a logger, so that logback picks the folder up when it configures itself.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            Path dataDir = DataDirectory.ofSystem().resolve(dbOption(args));
            System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        }
        if (isWindowStart(args)) {
            startWindow(args);
            return;
        }
        System.exit(PolicyDeskCli.standard().run(args));
    }

    /** Opens the window, or says in one sentence what this machine lacks for it (no stack trace). */
    private static void startWindow(String[] args) {
        Optional<String> missing = WindowStartProblem.before(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (missing.isEmpty()) {
            try {
                PolicyDeskApp.main(args);
                return;
            } catch (RuntimeException | Error e) {
                missing = WindowStartProblem.after(e);
                if (missing.isEmpty()) {
                    throw e;
                }
                org.slf4j.LoggerFactory.getLogger(Launcher.class).info("The window could not start", e);
            }
        }
        System.err.println("policydesk: " + missing.get());
        System.exit(PolicyDeskCli.EXIT_FAILURE);
    }

    /** The {@code --db DIR} or {@code --db=DIR} value, looked up before picocli parses the arguments. */
    static Path dbOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--db=")) {
                return Path.of(args[i].substring("--db=".length()));
            }
        }
        return null;
    }

    /** True when the arguments hold only window options with their values, so no command was asked for. */
    static boolean isWindowStart(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
            if (!WINDOW_OPTIONS.contains(name)) {
                return false;
            }
            if (!args[i].contains("=")) {
                i++;
            }
        }
        return true;
    }
}
