package org.policydesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.Database;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.VersionFacts;
import org.policydesk.text.PressParser;

/**
 * Kill -9 trials: a child JVM imports policies and writes a large export; it is killed with SIGKILL at a
 * random moment. After each kill the store must open, every stored version must have all its derived rows
 * and exactly one audit event (the import is all there or not at all), the audit chain must verify, and the
 * export's final name must hold either nothing or a complete file. The same store is reused across trials,
 * so later trials open stores that earlier kills interrupted.
 */
final class CrashTrials {

    /** What the trials found. */
    record Outcome(int trials, int survived, int killedOpening, int killedImporting, int killedExporting,
                   int finishedBeforeKill, long versionsChecked, List<String> failures) {
    }

    /** The phases trials aim at in turn, and the longest delay after a phase starts; export is short (about 0.3 s). */
    private static final String[] TARGETS = {"open", "import", "export"};
    private final int trials;
    private final int policiesPerTrial;
    private final long[] maxDelayMillis;
    private final Random random;

    /**
     * @param maxDelayMillis for open, import and export: the kill comes at a random moment up to this long after
     *                       the aimed-at phase starts
     */
    CrashTrials(int trials, int policiesPerTrial, long[] maxDelayMillis, long seed) {
        this.trials = trials;
        this.policiesPerTrial = policiesPerTrial;
        this.maxDelayMillis = maxDelayMillis.clone();
        this.random = new Random(seed);
    }

    Outcome run(Path work) throws Exception {
        Path store = work.resolve("store");
        Path exports = Files.createDirectories(work.resolve("exports"));
        Path export = exports.resolve("packet.txt");
        int survived = 0;
        int[] phases = new int[4];
        long versions = 0;
        List<String> failures = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            String phase = killDuring(store, trial, export);
            switch (phase) {
                case "open" -> phases[0]++;
                case "import" -> phases[1]++;
                case "export" -> phases[2]++;
                default -> phases[3]++;
            }
            List<String> problems = new ArrayList<>();
            versions = check(store, exports, export, problems);
            if (problems.isEmpty()) {
                survived++;
            } else {
                failures.add("trial " + trial + " (killed during " + phase + "): " + String.join("; ", problems));
            }
        }
        return new Outcome(trials, survived, phases[0], phases[1], phases[2], phases[3], versions, failures);
    }

    /** Starts the child, kills it after a random delay once it has started, and returns the phase it was in. */
    private String killDuring(Path store, int trial, Path export) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                store.toString(), Integer.toString(trial), Integer.toString(policiesPerTrial), export.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicReference<String> phase = new AtomicReference<>("starting");
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("phase ")) {
                        phase.set(line.substring(6));
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        int target = trial % TARGETS.length;
        List<String> reached = List.of(TARGETS).subList(target, TARGETS.length);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!reached.contains(phase.get()) && !phase.get().equals("done") && System.nanoTime() < deadline
                && child.isAlive()) {
            Thread.sleep(2);
        }
        Thread.sleep((long) (random.nextDouble() * maxDelayMillis[target]));
        String at = phase.get();
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no close
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(2000);
        return child.exitValue() == 0 && phase.get().equals("done") ? "done" : at;
    }

    static long check(Path store, Path exports, Path export, List<String> problems) throws IOException {
        long versions = 0;
        try (Workspace ws = Workspaces.open(store)) {
            AuditCheck audit = ws.audit().verify();
            if (!audit.intact()) {
                problems.add("audit: " + audit.summary());
            }
            List<PolicySummary> policies = ws.policies().listPolicies();
            for (PolicySummary p : policies) {
                versions += ws.policies().policy(p.id(), null).map(d -> d.versions().size()).orElse(0);
            }
        } catch (RuntimeException e) {
            problems.add("store did not open: " + e.getMessage());
            return versions;
        }
        // Derived rows and the audit event of every version: checked on the store directly.
        try (Database db = Database.open(store)) {
            PolicyRepository repo = new PolicyRepository(db);
            PressParser parser = new PressParser();
            long importEvents = new AuditTrail(db).latest(Integer.MAX_VALUE).stream()
                    .filter(e -> e.action().equals("policy.import")).count();
            long stored = 0;
            for (PolicySummary p : repo.listSummaries()) {
                for (PolicyVersion v : repo.versions(p.id())) {
                    stored++;
                    VersionFacts facts = repo.facts(v.id());
                    var doc = parser.parse(v.sourceText());
                    if (facts.legalRefs().size() != doc.legalRefs().size()
                            || facts.crossRefs().size() != doc.crossRefs().size()
                            || facts.comments().size() != doc.comments().size()
                            || facts.history().size() != doc.history().size()) {
                        problems.add("version " + v.id() + " lacks some of its derived rows");
                    }
                }
            }
            if (importEvents != stored) {
                problems.add(stored + " versions but " + importEvents + " import events");
            }
        }
        try (var files = Files.list(exports)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(export.getFileName().toString())) {
                    if (!CrashChild.isComplete(Files.readAllBytes(f))) {
                        problems.add("a half-written export lies under its final name");
                    }
                } else if (!name.startsWith(".") || !name.endsWith(".tmp")) {
                    problems.add("unexpected file " + name);
                } else {
                    Files.delete(f); // a temporary file the killed child left; the user never sees it
                }
            }
        }
        return versions;
    }
}
