package org.policydesk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

import org.policydesk.cli.PolicyDeskCli;
import org.policydesk.service.DataDirectory;

/**
 * Entry point: no arguments opens the window, any argument runs the command line. A plain main class,
 * because one extending {@code Application} cannot start from the class path or a shaded jar.
 */
public final class Launcher {

    /** Read by logback.xml: the log files go to {@code <data folder>/logs}. */
    static final String LOG_DIR_PROPERTY = "policydesk.log.dir";
    private static final String GUI_CLASS = "org.policydesk.gui.PolicyDeskApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before anything asks for a logger, so that logback picks the folder up when it configures itself.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            Path dataDir = DataDirectory.ofSystem().resolve(dbOption(args));
            System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        }
        if (args.length == 0) {
            System.exit(launchGui(args));
        }
        System.exit(PolicyDeskCli.standard().run(args));
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

    /** Reflective, so the command line also works in a build without the window. */
    private static int launchGui(String[] args) {
        try {
            Method main = Class.forName(GUI_CLASS).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
            return 0;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("policydesk: this build has no window (" + GUI_CLASS
                    + " is missing); run 'policydesk --help' for the command line");
            return 1;
        } catch (InvocationTargetException e) {
            System.err.println("policydesk: the window failed to start: " + e.getCause());
            return 1;
        } catch (IllegalAccessException e) {
            System.err.println("policydesk: cannot start the window: " + e);
            return 1;
        }
    }
}
