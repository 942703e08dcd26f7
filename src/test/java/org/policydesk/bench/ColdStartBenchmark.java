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
 * being shown (the real main window with its menus and Policies place, decision 0071), and to the sample
 * district's policies being listed, on a new store. An empty JavaFX window started the same way is the
 * baseline. Runs headless (Monocle), median of several runs, the empty window and the app taking turns.
 * Measured twice: from the build's class path, and as installed, from jars with a class-data archive of
 * each program's own training run (what installer/build.sh ships, decision 0072).
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
        List<Double> appShown = new ArrayList<>();
        List<Double> appListedNewStore = new ArrayList<>();
        List<Double> appListedExisting = new ArrayList<>();
        List<Double> storeOpenedExisting = new ArrayList<>();
        List<Double> cliList = new ArrayList<>();
        List<Double> emptyShownArchived = new ArrayList<>();
        List<Double> appShownArchived = new ArrayList<>();
        Path existing = Files.createTempDirectory("policydesk-bench-start-existing");
        Path archives = Files.createTempDirectory("policydesk-bench-start-cds");
        try {
            start("org.policydesk.Launcher", existing); // creates the store and loads the sample once
            Installed installed = Installed.train(archives, existing);
            for (int i = 0; i < RUNS; i++) {
                emptyShown.add(start(EmptyWindowLauncher.class.getName(), null).get("window-shown"));
                if (installed != null) {
                    emptyShownArchived.add(installed.emptyWindowShown());
                    appShownArchived.add(installed.appWindowShown(existing));
                }
                Path fresh = Files.createTempDirectory("policydesk-bench-start");
                try {
                    Map<String, Double> times = start("org.policydesk.Launcher", fresh);
                    appShown.add(times.get("window-shown"));
                    appListedNewStore.add(times.get("policies-listed"));
                } finally {
                    ImportBenchmark.deleteTree(fresh);
                }
                Map<String, Double> again = start("org.policydesk.Launcher", existing);
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
        List<BenchResult> results = new ArrayList<>(List.of(
                new BenchResult("start.empty_javafx_window", empty, "ms", "baseline"),
                new BenchResult("start.app_window_shown", shown, "ms", "≤ 1.2× baseline (issue 8)"),
                new BenchResult("start.app_window_vs_empty_ratio", shown / empty, "x", "≤ 1.2"),
                new BenchResult("start.sample_listed_new_store", median(appListedNewStore), "ms", null),
                new BenchResult("start.policies_listed_existing_store", median(appListedExisting), "ms", null),
                new BenchResult("start.store_opened_existing_store", median(storeOpenedExisting), "ms",
                        "store, schema check and start backup, behind the window"),
                new BenchResult("start.cli_list_existing_store", median(cliList), "ms", "whole process")));
        if (!appShownArchived.isEmpty()) {
            double emptyArchived = median(emptyShownArchived);
            double shownArchived = median(appShownArchived);
            results.add(new BenchResult("start.installed.empty_javafx_window", emptyArchived, "ms",
                    "baseline, jar + its class-data archive"));
            results.add(new BenchResult("start.installed.app_window_shown", shownArchived, "ms",
                    "policydesk.jar + its class-data archive, existing store"));
            results.add(new BenchResult("start.installed.app_window_vs_empty_ratio", shownArchived / emptyArchived, "x",
                    "≤ 1.2 (issue 8)"));
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

    /** Starts a JVM on our class path and returns wall-clock milliseconds to each reported milestone. */
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
                    times.put(line.split(" ")[1], (System.nanoTime() - started) / 1e6);
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
