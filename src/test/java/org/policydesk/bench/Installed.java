package org.policydesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The start as installed: programs run from jars with a class-data archive made by one training run of each
 * (decision 0072), the way installer/build.sh ships PolicyDesk. The empty window gets the same treatment, so
 * the ratio compares like with like. Needs target/policydesk.jar (the bench runs after {@code package}).
 */
record Installed(String emptyClassPath, Path emptyArchive, String appClassPath, Path appArchive) {

    private static final Path APP_JAR = Path.of("target", "policydesk.jar");

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
        Installed installed = new Installed(emptyJar + File.pathSeparator + app, dir.resolve("empty.jsa"), app,
                dir.resolve("app.jsa"));
        ColdStartBenchmark.start(installed.emptyClassPath, List.of("-XX:ArchiveClassesAtExit=" + installed.emptyArchive),
                EmptyWindowLauncher.class.getName(), null);
        ColdStartBenchmark.start(installed.appClassPath, List.of("-XX:ArchiveClassesAtExit=" + installed.appArchive),
                "org.policydesk.Launcher", store);
        if (!Files.isRegularFile(installed.emptyArchive) || !Files.isRegularFile(installed.appArchive)) {
            System.out.println("bench: the class-data archives were not written; the installed start is not measured");
            return null;
        }
        return installed;
    }

    double emptyWindowShown() throws Exception {
        return ColdStartBenchmark.start(emptyClassPath, using(emptyArchive), EmptyWindowLauncher.class.getName(), null)
                .get("window-shown");
    }

    /** The app's milestones, as {@link ColdStartBenchmark#start(String, List, String, Path)} gives them. */
    java.util.Map<String, Double> appStart(Path store) throws Exception {
        return ColdStartBenchmark.start(appClassPath, using(appArchive), "org.policydesk.Launcher", store);
    }

    private static List<String> using(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
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
