package org.policydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The JVM options of an installed launcher, read from the properties file installer/build.sh gives jpackage
 * (installer/policydesk.properties, installer/policydesk-cli.properties), so the bench times what the launcher
 * runs (decisions 0084, 0088).
 */
final class LauncherOptions {
    static final Path WINDOW = Path.of("installer", "policydesk.properties");
    static final Path CLI = Path.of("installer", "policydesk-cli.properties");
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    private LauncherOptions() {
    }

    /**
     * The launcher's java-options with its class archive at {@code archive}; empty when the properties file is not
     * there (the bench is not run from the project folder).
     */
    static List<String> read(Path properties, Path archive) throws IOException {
        if (!Files.isRegularFile(properties)) {
            return List.of();
        }
        Properties launcher = new Properties();
        try (var in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            launcher.load(in);
        }
        List<String> options = new ArrayList<>();
        for (String option : launcher.getProperty("java-options", "").trim().split("\\s+")) {
            options.add(option.startsWith(ARCHIVE_OPTION) ? ARCHIVE_OPTION + archive : option);
        }
        return options;
    }

    /** The options of a training run: the launcher's, without its archive and the archive's log switches. */
    static List<String> withoutArchive(List<String> options) {
        return options.stream().filter(o -> !o.startsWith(ARCHIVE_OPTION) && !o.startsWith("-Xlog:cds")).toList();
    }

    /** The heap limit among the options (-Xmx…), which the launcher's archive is dumped with. */
    static String heapLimit(List<String> options) {
        return options.stream().filter(o -> o.startsWith("-Xmx")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no -Xmx among " + options));
    }
}
