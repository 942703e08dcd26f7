package org.policydesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The start as installed: programs run from jars with a static class-data archive made from the class list of one
 * training run of each, dumped with the launcher's heap limit (decisions 0072, 0088), the way installer/build.sh
 * makes the window's archive. PolicyDesk runs with bin/policydesk's JVM options (installer/policydesk.properties);
 * the empty window gets its own archive too, and runs once with the JVM's defaults and once with the launcher's
 * options. Needs target/policydesk.jar (the bench runs after {@code package}).
 */
record Installed(String emptyClassPath, Path emptyArchive, String appClassPath, Path appArchive,
                 List<String> appOptions, List<String> emptyWithLauncherOptions) {

    private static final Path APP_JAR = Path.of("target", "policydesk.jar");
    /** The launchers' heap limit, which their archives are dumped with too (LauncherOptionsTest). */
    private static final String HEAP = "-Xmx1g";

    /** Makes both archives; null (with a note) when the jar or the headless toolkit is not there. */
    static Installed train(Path dir, Path store) throws Exception {
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst().orElse(null);
        if (!Files.isRegularFile(APP_JAR) || monocle == null) {
            System.out.println("bench: no target/policydesk.jar or Monocle jar; the installed start is not measured");
            return null;
        }
        Path emptyJar = emptyWindowJar(dir.resolve("empty-window.jar"));
        String app = APP_JAR.toAbsolutePath() + File.pathSeparator + monocle;
        Path emptyArchive = dir.resolve("empty.jsa");
        Path appArchive = dir.resolve("app.jsa");
        // As bin/policydesk runs: installer/policydesk.properties's options, with the bench's archives.
        Installed installed = new Installed(emptyJar + File.pathSeparator + app, emptyArchive, app, appArchive,
                LauncherOptions.read(LauncherOptions.WINDOW, appArchive),
                LauncherOptions.read(LauncherOptions.WINDOW, emptyArchive));
        List<String> empty = defaults(installed.emptyArchive);
        boolean made = staticArchive(installed.emptyClassPath, empty, EmptyWindowLauncher.class.getName(), null,
                installed.emptyArchive) && staticArchive(installed.appClassPath, installed.appOptions,
                "org.policydesk.Launcher", store, installed.appArchive);
        if (!made) {
            System.out.println("bench: the class-data archives were not written; the installed start is not measured");
            return null;
        }
        return installed;
    }

    /**
     * As installer/build.sh makes the window's archive: the classes one start with the launcher's options loads,
     * listed, then dumped into a static archive with the launcher's heap limit (decision 0088).
     */
    private static boolean staticArchive(String classPath, List<String> options, String mainClass, Path store,
                                         Path archive) throws Exception {
        Path classList = Path.of(archive + ".classes");
        List<String> training = new ArrayList<>(LauncherOptions.withoutArchive(options));
        training.add("-XX:DumpLoadedClassList=" + classList);
        ColdStartBenchmark.start(classPath, training, mainClass, store);
        Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                LauncherOptions.heapLimit(options), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", classPath).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!dump.waitFor(300, TimeUnit.SECONDS)) {
            dump.destroyForcibly();
            return false;
        }
        return dump.exitValue() == 0 && Files.isRegularFile(archive);
    }

    /** The empty window with its archive and otherwise the JVM's defaults (the launchers' heap limit aside). */
    double emptyWindowShown() throws Exception {
        return ColdStartBenchmark.start(emptyClassPath, defaults(emptyArchive), EmptyWindowLauncher.class.getName(),
                null).get("window-shown");
    }

    /** The empty window with its archive and the window launcher's JVM options (C1 only, decision 0088). */
    double emptyWindowShownWithLauncherOptions() throws Exception {
        return ColdStartBenchmark.start(emptyClassPath, emptyWithLauncherOptions, EmptyWindowLauncher.class.getName(),
                null).get("window-shown");
    }

    /** The app's milestones, as {@link ColdStartBenchmark#start(String, List, String, Path)} gives them. */
    java.util.Map<String, Double> appStart(Path store) throws Exception {
        return ColdStartBenchmark.start(appClassPath, appOptions, "org.policydesk.Launcher", store);
    }

    private static List<String> defaults(Path archive) {
        return List.of(HEAP, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** A class-data archive needs jars on the class path, so the empty window's two classes go into one. */
    private static Path emptyWindowJar(Path jar) throws IOException, URISyntaxException {
        Path classes = Path.of(EmptyWindowProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> type : List.of(EmptyWindowLauncher.class, EmptyWindowProbe.class)) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(classes.resolve(name)));
                out.closeEntry();
            }
        }
        return jar;
    }
}
