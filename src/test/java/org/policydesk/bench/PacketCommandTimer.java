package org.policydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * A whole {@code policydesk packet} command for about 150 pages, as its own process, the way users start it:
 * from the shaded jar (when the build made one) as the installed command launcher {@code bin/policydesk-cli}
 * runs it, with the JVM options of {@code installer/policydesk-cli.properties} and a static class archive made
 * as {@code installer/build.sh} makes it (a class list from a training run, then {@code -Xshare:dump}); and for
 * comparison C1 only without a class archive, C1 only with a dynamic archive from a training run, and that
 * archive under the JVM's default JIT (C2 too), which the launchers no longer use (decisions 0084, 0088). Each is
 * timed by wall clock and by the child's CPU time (user + system, from {@code /proc/self/stat}), and a
 * {@code --version} process in the same run gives the JVM's floor. Runs alternate between the variants so a
 * change in the machine's load touches them alike. See decisions 0074 and 0084.
 */
final class PacketCommandTimer {

    private static final int POLICIES = 30;
    private static final int ROUNDS = 3;
    private static final Pattern GC_BEFORE = Pattern.compile("(\\d+)M->\\d+M");
    private static final Pattern USED_AT_EXIT = Pattern.compile("used (\\d+)K");

    private final Path dir;
    private final List<String> launch;

    private PacketCommandTimer(Path dir) {
        this.dir = dir;
        Path jar = Path.of("target", "policydesk.jar");
        String classPath = Files.isRegularFile(jar) ? jar.toAbsolutePath().toString()
                : System.getProperty("java.class.path");
        // The app-image launcher's heap limit; the JIT flag is chosen per variant.
        this.launch = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                classPath);
    }

    /** One process: wall and CPU milliseconds, the peak heap its GC log shows, and what it printed. */
    private record Run(double wallMs, double cpuMs, double peakHeapMib, String printed) {
    }

    static List<BenchResult> measure(List<String> texts) throws Exception {
        Path dir = Files.createTempDirectory("policydesk-bench");
        try {
            return new PacketCommandTimer(dir).measure(store(dir.resolve("store"), texts));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A store holding {@value #POLICIES} adopted policies and a draft of each; returns the numbers. */
    private static String store(Path store, List<String> texts) throws Exception {
        StringJoiner numbers = new StringJoiner(",");
        try (Workspace ws = Workspaces.open(store)) {
            for (int i = 0; i < POLICIES; i++) {
                ws.policies().importText("adopted-" + i + ".txt", texts.get(2 * i));
                var outcome = ws.policies().importText("draft-" + i + ".txt", texts.get(2 * i + 1));
                numbers.add(outcome.document().number().toString());
            }
        }
        return numbers.toString();
    }

    /**
     * The command launcher's class archive, made as installer/build.sh makes it: the classes a training run of
     * the command loads, dumped into a static archive. Null without a jar (an archive needs one).
     */
    private Path staticArchive(List<String> cliOptions, List<String> packet) throws IOException, InterruptedException {
        if (!launch.get(launch.size() - 1).endsWith(".jar")) {
            return null;
        }
        Path classList = dir.resolve("cli.classes");
        Path archive = dir.resolve("cli.jsa");
        List<String> training = new ArrayList<>(LauncherOptions.withoutArchive(cliOptions));
        training.add("-XX:DumpLoadedClassList=" + classList);
        run(training, packet);
        List<String> dump = new ArrayList<>(launch);
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive));
        Process p = new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(dir.resolve("dump.log").toFile())
                .start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(archive)) {
            p.destroyForcibly();
            return null;
        }
        return archive;
    }

    private List<BenchResult> measure(String numbers) throws Exception {
        Path archive = dir.resolve("packet.jsa");
        List<String> packet = List.of("org.policydesk.Launcher", "--db", dir.resolve("store").toString(), "packet",
                "--policies", numbers, "--meeting", "2026-12-15", "--out", dir.resolve("packet.pdf").toString());
        // C1 only, as the bench's earlier figures; the JDK's own class archive.
        List<String> noArchive = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto");
        List<String> withArchive = List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        // For comparison: the archive, and the JVM's default tiered JIT (C2 too).
        List<String> defaultJit = withArchive.subList(1, withArchive.size());
        // The training run: the JVM writes the classes this command loaded into the archive at exit.
        run(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), packet);
        boolean archived = Files.isRegularFile(archive);
        Path cliArchive = dir.resolve("cli.jsa");
        List<String> cliOptions = LauncherOptions.read(LauncherOptions.CLI, cliArchive);
        boolean cli = !cliOptions.isEmpty() && staticArchive(cliOptions, packet) != null;
        List<Run> cliRuns = new ArrayList<>();
        List<Run> cliVersion = new ArrayList<>();
        List<Run> plain = new ArrayList<>();
        List<Run> shared = new ArrayList<>();
        List<Run> withC2 = new ArrayList<>();
        List<Run> version = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            if (cli) {
                cliRuns.add(run(cliOptions, packet));
                cliVersion.add(run(cliOptions, List.of("org.policydesk.Launcher", "--version")));
            }
            plain.add(run(noArchive, packet));
            if (archived) {
                shared.add(run(withArchive, packet));
                withC2.add(run(defaultJit, packet));
            }
            version.add(run(archived ? withArchive : noArchive, List.of("org.policydesk.Launcher", "--version")));
        }
        String pages = plain.get(0).printed().replaceAll("(?s).*\\((\\d+) pages\\).*", "$1");
        String load = String.format(Locale.ROOT, "load %.1f on %d cores", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        List<BenchResult> results = new ArrayList<>();
        results.add(new BenchResult("packet.command_pages", Double.parseDouble(pages), "pages", "about 150"));
        if (cli) {
            results.add(new BenchResult("packet.command_cli_ms", best(cliRuns, Run::wallMs), "ms",
                    "as bin/policydesk-cli runs it (its java-options, a static class archive), best of " + ROUNDS
                            + "; LibreOffice ~1800 ms for 150 pages; " + load));
            results.add(new BenchResult("packet.command_cli_cpu_ms", best(cliRuns, Run::cpuMs), "ms",
                    "user + system CPU of that process, best of " + ROUNDS));
            results.add(new BenchResult("packet.command_cli_version_ms", best(cliVersion, Run::wallMs), "ms",
                    "the JVM's floor as bin/policydesk-cli: --version, best of " + ROUNDS));
            results.add(new BenchResult("packet.command_cli_peak_heap", best(cliRuns, Run::peakHeapMib), "MiB",
                    "largest heap use the command's GC log shows, as bin/policydesk-cli runs it"));
        }
        results.add(new BenchResult("packet.command_ms", best(plain, Run::wallMs), "ms",
                "whole process, C1 only, no class archive, best of " + ROUNDS + "; LibreOffice ~1800 ms for 150 pages; "
                        + load));
        results.add(new BenchResult("packet.command_cpu_ms", best(plain, Run::cpuMs), "ms",
                "user + system CPU of that process, best of " + ROUNDS));
        if (archived) {
            results.add(new BenchResult("packet.command_cds_ms", best(shared, Run::wallMs), "ms",
                    "C1 only, with a class archive from one training run; LibreOffice ~1800 ms; " + load));
            results.add(new BenchResult("packet.command_cds_cpu_ms", best(shared, Run::cpuMs), "ms",
                    "user + system CPU with the archive, best of " + ROUNDS));
            results.add(new BenchResult("packet.command_default_jit_ms", best(withC2, Run::wallMs), "ms",
                    "with the archive and the JVM's default JIT (C2 too), which no launcher uses; " + load));
            results.add(new BenchResult("packet.command_default_jit_cpu_ms", best(withC2, Run::cpuMs), "ms",
                    "user + system CPU with the default JIT, best of " + ROUNDS));
        }
        results.add(new BenchResult("packet.command_version_ms", best(version, Run::wallMs), "ms",
                "the JVM's floor in the same run: --version" + (archived ? " with the archive" : "")));
        results.add(new BenchResult("packet.command_peak_heap", best(plain, Run::peakHeapMib), "MiB",
                "largest heap use the command's GC log shows (before a collection, or at exit)"));
        return results;
    }

    private static double best(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        return runs.stream().mapToDouble(figure).min().orElse(Double.NaN);
    }

    private Run run(List<String> flags, List<String> command) throws IOException, InterruptedException {
        Path gcLog = dir.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        List<String> line = new ArrayList<>(launch);
        line.addAll(flags);
        line.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
        line.add("-Dpolicydesk.log.dir=" + dir.resolve("logs"));
        line.addAll(command);
        long cpu0 = childCpuMs();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("command failed: " + String.join(" ", command) + ": " + printed);
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        double cpu = cpu0 < 0 ? Double.NaN : childCpuMs() - cpu0;
        return new Run(wall, cpu, peakHeapMib(gcLog), printed);
    }

    /**
     * CPU time of this JVM's finished child processes, in ms: fields 16 and 17 (cutime, cstime) of
     * {@code /proc/self/stat}, in clock ticks of 10 ms; -1 where there is no /proc.
     */
    private static long childCpuMs() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) {
            return -1;
        }
        String s = Files.readString(stat);
        String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state), so field 16 is fields[13] and field 17 is fields[14].
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    }

    private static double peakHeapMib(Path gcLog) throws IOException {
        if (!Files.isRegularFile(gcLog)) {
            return Double.NaN;
        }
        double peak = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher before = GC_BEFORE.matcher(line);
            while (before.find()) {
                peak = Math.max(peak, Double.parseDouble(before.group(1)));
            }
            Matcher used = USED_AT_EXIT.matcher(line);
            if (line.contains("heap") && used.find()) {
                peak = Math.max(peak, Double.parseDouble(used.group(1)) / 1024.0);
            }
        }
        return peak;
    }
}
