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
import java.util.concurrent.atomic.AtomicReference;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.AuditEvent;
import org.policydesk.model.AuditKinds;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.Database;
import org.policydesk.store.StaffRepository;

/**
 * A cheap, thorough reproduction of the roster kill -9 trials (decision 0049): roster imports only, any number of
 * rows, and after each kill every event of the file is counted (not three samples), so a transaction that
 * reached the disk in part shows as "some but not all". Run directly:
 * {@code java -cp ... org.policydesk.bench.RosterKillTrials WORK TRIALS ROWS [SEED]}.
 * The check opens the store with {@link Database} alone (no start backup, no background work) and closes it
 * before the next child starts, so it never reads a store another process is still writing.
 */
public final class RosterKillTrials {

    private RosterKillTrials() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int trials = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime());
        Path store = work.resolve("store");
        long wholeRunMillis = 0;
        int killed = 0;
        int survived = 0;
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial <= trials; trial++) {
            Path file = rosterFile(work, trial, rows);
            long delay = trial == 0 ? -1 : (long) (random.nextDouble() * wholeRunMillis);
            long[] phaseMillis = new long[1];
            String phase = runChild(store, trial, file, delay, phaseMillis);
            if (trial == 0) {
                // Kills land in the import, its commit, and the close after it (a third longer than the import).
                wholeRunMillis = Math.max(300, phaseMillis[0] * 4 / 3);
                System.out.println("the import took " + phaseMillis[0] + " ms");
            }
            List<String> problems = check(store, trial, file.getFileName().toString(), rows);
            String line = "trial " + trial + (delay < 0 ? " (not killed)" : " killed after " + delay + " ms in phase "
                    + phase) + ": " + (problems.isEmpty() ? "ok" : String.join("; ", problems));
            System.out.println(line);
            if (delay >= 0) {
                killed++;
                if (problems.isEmpty()) {
                    survived++;
                }
            }
            if (!problems.isEmpty()) {
                failures.add(line);
            }
            Files.deleteIfExists(file);
        }
        System.out.println("survived " + survived + " of " + killed + " killed trials; " + failures.size() + " failures");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static Path rosterFile(Path work, int trial, int rows) throws IOException {
        Path file = work.resolve("roster-" + trial + ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Employee ID,Last Name,First Name,Position,Building,Hire Date,Status\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format("%06d,Staff%d,Pat,Teacher T%d,%04d,2020-08-15,Active%n", i, i, trial,
                        100 + i % 12));
            }
        }
        return file;
    }

    /**
     * All or nothing, counted in full: either every employee has this trial's position and the file has one
     * {@code roster.import} event and one employee event per row, or no employee has it and the file has no event.
     */
    static List<String> check(Path store, int trial, String fileName, int rows) {
        List<String> problems = new ArrayList<>();
        try (Database db = Database.open(store)) {
            String mine = "Teacher T" + trial;
            Map<String, Long> positions = new TreeMap<>();
            new StaffRepository(db).employees().forEach(e -> positions.merge(e.position(), 1L, Long::sum));
            long withMine = positions.getOrDefault(mine, 0L);
            boolean all = withMine == rows;
            if (withMine != 0 && !all) {
                problems.add(withMine + " of " + rows + " employees have the new position");
            }
            AuditTrail trail = new AuditTrail(db);
            AuditCheck chain = trail.verify();
            if (!chain.intact()) {
                problems.add("audit: " + chain.summary());
            }
            long fileEvents = 0;
            long employeeEvents = 0;
            long maxSeq = 0;
            for (AuditEvent e : trail.latest(Integer.MAX_VALUE)) {
                maxSeq = Math.max(maxSeq, e.seq());
                if (e.action().equals(AuditKinds.ROSTER_IMPORT) && e.subjectKey().equals(fileName)) {
                    fileEvents++;
                } else if (fileName.equals(e.details().get("roster"))) {
                    employeeEvents++;
                }
            }
            // The same events found through the subject index, the way the History panel reads them: an index
            // that lost entries the table kept would show here and not in the count above.
            long sampled = 0;
            long sampledFound = 0;
            for (int i = 0; i < rows; i += Math.max(1, rows / 20)) {
                sampled++;
                sampledFound += trail.history(AuditKinds.EMPLOYEE, String.format("%06d", i)).stream()
                        .filter(e -> fileName.equals(e.details().get("roster"))).count();
            }
            if (sampledFound != (all ? sampled : 0)) {
                problems.add(sampledFound + " of " + sampled + " sampled employees' histories show the file");
            }
            if (fileEvents != (all ? 1 : 0) || employeeEvents != (all ? rows : 0)) {
                problems.add("rows " + (all ? "whole" : "absent") + " but " + fileEvents + " file events and "
                        + employeeEvents + " employee events (last seq " + maxSeq + ")");
            }
        } catch (RuntimeException e) {
            problems.add("store did not open: " + e);
        }
        return problems;
    }

    private static String runChild(Path store, int trial, Path file, long killAfterMillis, long[] phaseMillis)
            throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                store.toString(), Integer.toString(trial), "0", file.toString(), "roster")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicReference<String> phase = new AtomicReference<>("starting");
        long[] startedDone = new long[2];
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("phase ")) {
                        phase.set(line.substring(6));
                        startedDone[phase.get().equals("roster") ? 0 : 1] = System.nanoTime();
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (killAfterMillis < 0) {
            child.waitFor(300, TimeUnit.SECONDS);
            reader.join(2000);
            phaseMillis[0] = TimeUnit.NANOSECONDS.toMillis(startedDone[1] - startedDone[0]);
            return phase.get();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!phase.get().equals("roster") && !phase.get().equals("done") && child.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        Thread.sleep(killAfterMillis);
        String at = phase.get();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(2000);
        return phase.get().equals("done") ? "done" : at;
    }
}
