package org.policydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@value #TRIALS} kill -9 trials during a 20,000-row roster import and {@value #TRIALS} during a board-packet PDF
 * export ({@link RosterAndPdfCrashTrials}); fails the run if one is not survived.
 */
final class RosterAndPdfCrashBenchmark implements Benchmark {

    static final int TRIALS = 20;

    @Override
    public String name() {
        return TRIALS + " kill -9 trials during a 20,000-row roster import and " + TRIALS + " during a packet PDF export";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        Path dir = Files.createTempDirectory("policydesk-bench-crash-roster");
        try {
            RosterAndPdfCrashTrials.Outcome o = new RosterAndPdfCrashTrials(TRIALS, 20_000, 60, 20261129).run(dir);
            o.failures().forEach(f -> System.out.println("bench: crash trial failed: " + f));
            if (!o.failures().isEmpty()) {
                throw new IllegalStateException(o.failures().size() + " roster/PDF crash trials were not survived");
            }
            return List.of(
                    new BenchResult("crash.roster_trials_survived", o.rosterSurvived(), "trials", "= " + o.rosterTrials()),
                    new BenchResult("crash.roster_killed_mid_import", o.rosterKilledMidImport(), "trials", null),
                    new BenchResult("crash.pdf_trials_survived", o.pdfSurvived(), "trials", "= " + o.pdfTrials()),
                    new BenchResult("crash.pdf_killed_mid_export", o.pdfKilledMidExport(), "trials", null));
        } finally {
            ImportBenchmark.deleteTree(dir);
        }
    }
}
