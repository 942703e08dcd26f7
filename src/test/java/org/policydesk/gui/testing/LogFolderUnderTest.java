package org.policydesk.gui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.policydesk.gui.common.LogFile;

/**
 * A log folder of the test's own with one log line in it, and a system viewer that only notes what it was asked
 * to open: register it before {@link AppUnderTest} with
 * {@code @RegisterExtension final LogFolderUnderTest logs = new LogFolderUnderTest();}. The log folder property
 * and the real viewer are put back after each test.
 */
public final class LogFolderUnderTest implements BeforeEachCallback, AfterEachCallback {

    private static final String LOG_DIR = "policydesk.log.dir";

    private final List<Path> viewed = new CopyOnWriteArrayList<>();
    private Predicate<Path> realViewer;
    private String logDirBefore;
    private Path folder;
    private Path log;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        realViewer = LogFile.viewer;
        LogFile.viewer = viewed::add;
        logDirBefore = System.getProperty(LOG_DIR);
        folder = Files.createTempDirectory("policydesk-test-logs");
        System.setProperty(LOG_DIR, folder.toString());
        log = Files.writeString(folder.resolve("policydesk.log"), "a log line\n");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        LogFile.viewer = realViewer;
        if (logDirBefore == null) {
            System.clearProperty(LOG_DIR);
        } else {
            System.setProperty(LOG_DIR, logDirBefore);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The log file "Open log" should open. */
    public Path log() {
        return log;
    }

    /** What the app asked the system viewer to open, in order. */
    public List<Path> viewed() {
        return viewed;
    }

    /** From now on the viewer fails, as on a desktop that cannot open files. */
    public void desktopCannotOpen() {
        LogFile.viewer = file -> false;
    }
}
