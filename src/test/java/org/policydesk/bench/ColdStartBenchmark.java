package org.policydesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured from outside as a user feels it: wall time from starting a new JVM to the window
 * being shown (its first frame, the window's layout without controls, decision 0085), to its real controls
 * (menus, Policies place) being in place, and to the policies being listed; the process CPU time at the first two
 * as well, which the machine's load stretches less. An empty JavaFX window started the same way is the
 * baseline. Runs headless (Monocle), median of several runs, the empty window and the app taking turns.
 * Measured twice: from the build's class path, and as installed, from jars with a class-data archive of
 * each program's own training run and bin/policydesk's JVM options (what installer/build.sh ships, decisions
 * 0072, 0088; see {@link Installed}).
 */
final class ColdStartBenchmark implements Benchmark {

    private static final int RUNS = 5;

    @Override
    public String name() {
        return "cold start to first window";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        List<Double> emptyShown = new ArrayList<>();
        List<Double> emptyShownCpu = new ArrayList<>();
        List<Double> appShown = new ArrayList<>();
        List<Double> appShownCpu = new ArrayList<>();
        List<Double> appControls = new ArrayList<>();
        List<Double> appControlsCpu = new ArrayList<>();
        List<Double> appControlsArchived = new ArrayList<>();
        List<Double> appListedArchived = new ArrayList<>();
        List<Double> appListedNewStore = new ArrayList<>();
        List<Double> appListedExisting = new ArrayList<>();
        List<Double> storeOpenedExisting = new ArrayList<>();
        List<Double> cliList = new ArrayList<>();
        List<Double> emptyShownArchived = new ArrayList<>();
        List<Double> emptyShownLauncherOptions = new ArrayList<>();
        List<Double> appShownArchived = new ArrayList<>();
        Path existing = Files.createTempDirectory("policydesk-bench-start-existing");
        Path archives = Files.createTempDirectory("policydesk-bench-start-cds");
        try {
            start("org.policydesk.Launcher", existing); // creates the store and loads the sample once
            Installed installed = Installed.train(archives, existing);
            for (int i = 0; i < RUNS; i++) {
                Map<String, Double> empty = start(EmptyWindowLauncher.class.getName(), null);
                emptyShown.add(empty.get("window-shown"));
                emptyShownCpu.add(empty.get("window-shown" + CPU));
                if (installed != null) {
                    emptyShownArchived.add(installed.emptyWindowShown());
                    emptyShownLauncherOptions.add(installed.emptyWindowShownWithLauncherOptions());
                    Map<String, Double> app = installed.appStart(existing);
                    appShownArchived.add(app.get("window-shown"));
                    appControlsArchived.add(app.get("controls-ready"));
                    appListedArchived.add(app.get("policies-listed"));
                }
                Path fresh = Files.createTempDirectory("policydesk-bench-start");
                try {
                    Map<String, Double> times = start("org.policydesk.Launcher", fresh);
                    appListedNewStore.add(times.get("policies-listed"));
                } finally {
                    ImportBenchmark.deleteTree(fresh);
                }
                Map<String, Double> again = start("org.policydesk.Launcher", existing);
                appShown.add(again.get("window-shown"));
                appShownCpu.add(again.get("window-shown" + CPU));
                appControls.add(again.get("controls-ready"));
                appControlsCpu.add(again.get("controls-ready" + CPU));
                appListedExisting.add(again.get("policies-listed"));
                storeOpenedExisting.add(again.get("store-opened"));
                cliList.add(cliWallMillis(existing, "list"));
            }
        } finally {
            ImportBenchmark.deleteTree(existing);
            ImportBenchmark.deleteTree(archives);
        }
        double empty = median(emptyShown);
        double shown = median(appShown);
        double controls = median(appControls);
        List<BenchResult> results = new ArrayList<>(List.of(
                new BenchResult("start.empty_javafx_window", empty, "ms", "baseline"),
                new BenchResult("start.app_window_shown", shown, "ms",
                        "first frame, existing store; ≤ 1.2× baseline (issue 8)"),
                new BenchResult("start.app_window_vs_empty_ratio", shown / empty, "x", "≤ 1.2"),
                new BenchResult("start.app_controls_ready", controls, "ms",
                        "the real controls in place of the first frame (decision 0085)"),
                new BenchResult("start.app_controls_vs_empty_ratio", controls / empty, "x", null),
                new BenchResult("start.cpu.empty_javafx_window", median(emptyShownCpu), "ms", "process CPU"),
                new BenchResult("start.cpu.app_window_shown", median(appShownCpu), "ms", "process CPU"),
                new BenchResult("start.cpu.app_controls_ready", median(appControlsCpu), "ms",
                        "process CPU"),
                new BenchResult("start.sample_listed_new_store", median(appListedNewStore), "ms", null),
                new BenchResult("start.policies_listed_existing_store", median(appListedExisting), "ms", null),
                new BenchResult("start.store_opened_existing_store", median(storeOpenedExisting), "ms",
                        "store, schema check and start backup, behind the window"),
                new BenchResult("start.cli_list_existing_store", median(cliList), "ms", "whole process")));
        if (!appShownArchived.isEmpty()) {
            double emptyArchived = median(emptyShownArchived);
            double shownArchived = median(appShownArchived);
            double emptyLauncherOptions = median(emptyShownLauncherOptions);
            results.add(new BenchResult("start.installed.empty_javafx_window", emptyArchived, "ms",
                    "baseline, jar + its class-data archive, the JVM's defaults"));
            results.add(new BenchResult("start.installed.app_window_shown", shownArchived, "ms",
                    "policydesk.jar + its class-data archive, bin/policydesk's JVM options, existing store"));
            results.add(new BenchResult("start.installed.app_window_vs_empty_ratio", shownArchived / emptyArchived, "x",
                    "≤ 1.2 (issue 8)"));
            results.add(new BenchResult("start.installed.empty_javafx_window_launcher_options", emptyLauncherOptions,
                    "ms", "the empty window given bin/policydesk's JVM options too (C1 only, decision 0088)"));
            results.add(new BenchResult("start.installed.app_window_vs_empty_same_options_ratio",
                    shownArchived / emptyLauncherOptions, "x", "like with like"));
            double controlsArchived = median(appControlsArchived);
            results.add(new BenchResult("start.installed.app_controls_ready", controlsArchived, "ms",
                    "the real controls in place of the first frame"));
            results.add(new BenchResult("start.installed.app_controls_vs_empty_ratio", controlsArchived / emptyArchived,
                    "x", null));
            results.add(new BenchResult("start.installed.policies_listed_existing_store", median(appListedArchived),
                    "ms", null));
        }
        return results;
    }

    /** Wall-clock milliseconds of one CLI command as a whole process (JVM start, store open, output, exit). */
    private static double cliWallMillis(Path store, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.policydesk.Launcher", "--db", store.toString()));
        line.addAll(List.of(command));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("policydesk " + String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** Suffix of a milestone's key for the CPU milliseconds the whole process had used by then. */
    static final String CPU = ".cpu";

    /**
     * Starts a JVM on our class path and returns wall-clock milliseconds to each reported milestone, and under
     * "milestone.cpu" the process CPU milliseconds the probe reported with it.
     */
    private static Map<String, Double> start(String mainClass, Path store) throws Exception {
        return start(System.getProperty("java.class.path"), List.of(), mainClass, store);
    }

    /** As {@link #start(String, Path)}, on a given class path and with extra JVM options. */
    static Map<String, Double> start(String classPath, List<String> jvmOptions, String mainClass, Path store)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dpolicydesk.startupProbe=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=" + System.getProperty("java.io.tmpdir"),
                mainClass));
        if (store != null) {
            command.addAll(List.of("--db", store.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (store != null) {
            builder.environment().put("POLICYDESK_HOME", store.toString());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        Map<String, Double> times = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("policydesk-probe ")) {
                    String[] fields = line.split(" ");
                    times.put(fields[1], (System.nanoTime() - started) / 1e6);
                    if (fields.length > 3) {
                        times.put(fields[1] + CPU, Double.parseDouble(fields[3]));
                    }
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not exit after its start-up probe");
        }
        if (!times.containsKey("window-shown")) {
            throw new IllegalStateException(mainClass + " reported no window (exit " + process.exitValue() + ")");
        }
        return times;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
