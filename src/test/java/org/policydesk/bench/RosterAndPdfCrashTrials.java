package org.policydesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.policydesk.model.AuditKinds;
import org.policydesk.model.Employee;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Kill -9 trials during a 20,000-row roster import and during a large board-packet PDF export. The child
 * ({@link CrashChild} in "roster" or "pdf" mode) is killed at a random moment within the time a finished run
 * takes (measured by the first, unkilled trial of each kind). After each kill: the store opens and its audit chain
 * verifies; the roster is all there or not at all (every one of the 20,000 employees has this trial's position, or
 * none has, with the import's audit events likewise all or none); the packet's final name holds nothing or a
 * PDF that PDFBox opens completely.
 */
final class RosterAndPdfCrashTrials {

    record Outcome(int rosterTrials, int rosterSurvived, int rosterKilledMidImport, int pdfTrials, int pdfSurvived,
                   int pdfKilledMidExport, List<String> failures) {
    }

    private final int trialsEach;
    private final int rosterRows;
    private final int packetPolicies;
    private final Random random;

    RosterAndPdfCrashTrials(int trialsEach, int rosterRows, int packetPolicies, long seed) {
        this.trialsEach = trialsEach;
        this.rosterRows = rosterRows;
        this.packetPolicies = packetPolicies;
        this.random = new Random(seed);
    }

    Outcome run(Path work) throws Exception {
        Path store = work.resolve("store");
        Path exports = Files.createDirectories(work.resolve("exports"));
        Path packet = exports.resolve("packet.pdf");
        try (Workspace ws = Workspaces.open(store)) {
            PolicyGenerator generator = new PolicyGenerator(1);
            for (int i = 0; i < packetPolicies; i++) {
                ws.policies().importText("seed-" + i + ".txt", generator.policy(1000 + i, 8));
            }
        }
        List<String> failures = new ArrayList<>();
        int[] roster = new int[3];
        int[] pdf = new int[3];
        long rosterMillis = 0;
        long pdfMillis = 0;
        for (int trial = 0; trial <= trialsEach; trial++) {
            // Trial 0 of each kind runs to the end, to learn how long a whole run takes under today's load.
            Path file = rosterFile(work, trial);
            Map<String, Long> before = positions(store);
            Run r = runChild(store, trial, file, "roster", "roster", trial == 0 ? -1 : (long) (random.nextDouble() * rosterMillis));
            if (trial == 0) {
                rosterMillis = Math.max(500, r.phaseMillis());
            }
            List<String> problems = new ArrayList<>();
            checkRoster(store, trial, file.getFileName().toString(), before, problems);
            CrashTrials.check(store, Files.createDirectories(work.resolve("no-exports")), work.resolve("none"), problems);
            tally(roster, r, problems, failures, "roster trial " + trial);

            Run p = runChild(store, trial, packet, "pdf", "pdf", trial == 0 ? -1 : (long) (random.nextDouble() * pdfMillis));
            if (trial == 0) {
                pdfMillis = Math.max(300, p.phaseMillis());
            }
            problems = new ArrayList<>();
            checkPacket(exports, packet, problems);
            CrashTrials.check(store, Files.createDirectories(work.resolve("no-exports")), work.resolve("none"), problems);
            tally(pdf, p, problems, failures, "pdf trial " + trial);
        }
        return new Outcome(roster[0], roster[1], roster[2], pdf[0], pdf[1], pdf[2], failures);
    }

    private static void tally(int[] counts, Run r, List<String> problems, List<String> failures, String name) {
        if (r.killedAfter() < 0) {
            if (!problems.isEmpty()) {
                failures.add(name + " (not killed): " + String.join("; ", problems));
            }
            return;
        }
        counts[0]++;
        if (problems.isEmpty()) {
            counts[1]++;
        } else {
            failures.add(name + " (killed during " + r.phase() + "): " + String.join("; ", problems));
        }
        if (!r.phase().equals("done") && !r.phase().equals("open") && !r.phase().equals("starting")) {
            counts[2]++;
        }
    }

    /** 20,000 staff (the same IDs every trial) whose position names the trial, so a half import would show. */
    private Path rosterFile(Path work, int trial) throws IOException {
        Path file = work.resolve("roster-" + trial + ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Employee ID,Last Name,First Name,Position,Building,Hire Date,Status\n");
            for (int i = 0; i < rosterRows; i++) {
                w.write(String.format("%06d,Staff%d,Pat,Teacher T%d,%04d,2020-08-15,Active%n", i, i, trial,
                        100 + i % 12));
            }
        }
        return file;
    }

    private static Map<String, Long> positions(Path store) {
        try (Workspace ws = Workspaces.open(store)) {
            return ws.rosters().employees().stream()
                    .collect(Collectors.groupingBy(Employee::position, TreeMap::new, Collectors.counting()));
        }
    }

    private void checkRoster(Path store, int trial, String fileName, Map<String, Long> before, List<String> problems) {
        Map<String, Long> after = positions(store);
        String mine = "Teacher T" + trial;
        boolean all = after.equals(Map.of(mine, (long) rosterRows));
        if (!all && !after.equals(before)) {
            problems.add("the roster is half imported: " + after);
        }
        try (Workspace ws = Workspaces.open(store)) {
            int fileEvents = ws.audit().history(AuditKinds.ROSTER, fileName).size();
            if (fileEvents != (all ? 1 : 0)) {
                problems.add("roster written " + (all ? "whole" : "not at all") + " but " + fileEvents + " import events");
            }
            for (String id : List.of("000000", String.format("%06d", rosterRows / 2), String.format("%06d", rosterRows - 1))) {
                long mineEvents = ws.audit().employeeHistory(id).stream()
                        .filter(e -> fileName.equals(e.details().get("roster"))).count();
                if (mineEvents != (all ? 1 : 0)) {
                    problems.add("employee " + id + " has " + mineEvents + " events of " + fileName);
                }
            }
        }
    }

    private static void checkPacket(Path exports, Path packet, List<String> problems) throws IOException {
        try (var files = Files.list(exports)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(packet.getFileName().toString())) {
                    try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                        if (doc.getNumberOfPages() == 0) {
                            problems.add("the packet under its final name has no pages");
                        }
                    } catch (IOException e) {
                        problems.add("a half-written packet lies under its final name: " + e.getMessage());
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                            StandardCharsets.ISO_8859_1);
                    if (!tail.contains("%%EOF")) {
                        problems.add("the packet under its final name does not end with %%EOF");
                    }
                } else if (!name.startsWith(".") || !name.endsWith(".tmp")) {
                    problems.add("unexpected file " + name);
                } else {
                    Files.delete(f);
                }
            }
        }
    }

    /** How a child run went: the phase it was in when killed (or "done"), ms killed after phase start (-1: not killed). */
    private record Run(String phase, long killedAfter, long phaseMillis) {
    }

    private static Run runChild(Path store, int trial, Path file, String mode, String target, long killAfterMillis)
            throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                store.toString(), Integer.toString(trial), "60", file.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicReference<String> phase = new AtomicReference<>("starting");
        AtomicLong phaseStart = new AtomicLong();
        AtomicLong phaseEnd = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("phase ")) {
                        String p = line.substring(6);
                        if (p.equals(target)) {
                            phaseStart.set(System.nanoTime());
                        } else if (p.equals("done")) {
                            phaseEnd.set(System.nanoTime());
                        }
                        phase.set(p);
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!phase.get().equals(target) && !phase.get().equals("done") && System.nanoTime() < deadline
                && child.isAlive()) {
            Thread.sleep(2);
        }
        if (killAfterMillis < 0) {
            child.waitFor(300, TimeUnit.SECONDS);
            reader.join(2000);
            long ms = TimeUnit.NANOSECONDS.toMillis(phaseEnd.get() - phaseStart.get());
            return new Run(phase.get(), -1, ms);
        }
        Thread.sleep(killAfterMillis);
        String at = phase.get();
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(2000);
        return new Run(child.exitValue() == 0 && phase.get().equals("done") ? "done" : at, killAfterMillis, 0);
    }
}
