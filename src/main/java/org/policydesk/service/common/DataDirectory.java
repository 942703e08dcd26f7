package org.policydesk.service.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where PolicyDesk keeps its store: an explicit folder if given, else {@code POLICYDESK_HOME}, else the
 * platform's usual place for application data.
 */
public final class DataDirectory {

    public static final String HOME_VARIABLE = "POLICYDESK_HOME";

    private final Map<String, String> env;
    private final String osName;
    private final Path userHome;

    public DataDirectory(Map<String, String> env, String osName, Path userHome) {
        this.env = Map.copyOf(env);
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static DataDirectory ofSystem() {
        return new DataDirectory(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** The data folder: {@code override} when not null (the {@code --db} option), else the defaults. */
    public Path resolve(Path override) {
        if (override != null) {
            return override;
        }
        String home = variable(HOME_VARIABLE);
        if (home != null) {
            return Path.of(home);
        }
        if (osName.startsWith("windows")) {
            String appData = variable("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("PolicyDesk");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("PolicyDesk");
        }
        // Linux and other Unix: XDG says to ignore a relative XDG_DATA_HOME.
        String xdg = variable("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("policydesk");
    }

    public Path resolve() {
        return resolve(null);
    }

    private String variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
