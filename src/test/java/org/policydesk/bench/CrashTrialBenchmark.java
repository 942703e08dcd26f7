package org.policydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@value #TRIALS} kill -9 trials during import and export ({@link CrashTrials}); fails the run if one is not survived. */
final class CrashTrialBenchmark implements Benchmark {

    static final int TRIALS = 24;

    @Override
    public String name() {
        return TRIALS + " kill -9 trials during policy import and a 25 MB export";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        Path dir = Files.createTempDirectory("policydesk-bench-crash");
        try {
            CrashTrials.Outcome o = new CrashTrials(TRIALS, 150, new long[] {8000, 12000, 350}, 20261129).run(dir);
            o.failures().forEach(f -> System.out.println("bench: crash trial failed: " + f));
            if (o.survived() != o.trials()) {
                throw new IllegalStateException((o.trials() - o.survived()) + " crash trials were not survived");
            }
            return List.of(
                    new BenchResult("crash.trials_survived", o.survived(), "trials", "= " + o.trials()),
                    new BenchResult("crash.killed_while_opening", o.killedOpening(), "trials", null),
                    new BenchResult("crash.killed_while_importing", o.killedImporting(), "trials", null),
                    new BenchResult("crash.killed_while_exporting", o.killedExporting(), "trials", null),
                    new BenchResult("crash.finished_before_kill", o.finishedBeforeKill(), "trials", null),
                    new BenchResult("crash.versions_checked_last_trial", o.versionsChecked(), "versions", null));
        } finally {
            ImportBenchmark.deleteTree(dir);
        }
    }
}
