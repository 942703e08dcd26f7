package org.policydesk.bench;

import java.util.List;

/** One benchmark of the harness. */
interface Benchmark {

    String name();

    List<BenchResult> run() throws Exception;

    static List<Benchmark> all() {
        return List.of(new ColdStartBenchmark(), new ParseWriteBenchmark(), new ImportBenchmark(), new ManualImportBenchmark(), new RedlineBenchmark(),
                new LibraryStoreBenchmark(), new PacketBenchmark(), new SheetBenchmark(),
                new RosterBenchmark(java.nio.file.Path.of(System.getProperty("bench.work", "target/bench/roster"))),
                new CrashTrialBenchmark(),
                new RosterAndPdfCrashBenchmark(),
                new RosterImportBenchmark(java.nio.file.Path.of(System.getProperty("bench.work", "target/bench/roster"))
                        .resolveSibling("roster-import")),
                new RosterGuessBenchmark(java.nio.file.Path.of(System.getProperty("bench.work", "target/bench/roster"))
                        .resolveSibling("roster-guess")));
    }

    /** Peak heap use so far, in MiB, from the memory pools' peak usage. */
    static double peakHeapMib() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
