package org.policydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** Imports 1,000 generated policies into a new store, each in its own transaction, as the CLI would. */
final class ImportBenchmark implements Benchmark {

    private static final int POLICIES = 1000;

    @Override
    public String name() {
        return "import of " + POLICIES + " generated policies";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        PolicyGenerator generator = new PolicyGenerator(7);
        Path dir = Files.createTempDirectory("policydesk-bench-import");
        long start = System.nanoTime();
        try (Workspace workspace = Workspaces.open(dir)) {
            double openSeconds = (System.nanoTime() - start) / 1e9;
            long importStart = System.nanoTime();
            for (int i = 0; i < POLICIES; i++) {
                workspace.policies().importText("bench-" + i + ".txt", generator.policy(i, 10));
            }
            double seconds = (System.nanoTime() - importStart) / 1e9;
            long listStart = System.nanoTime();
            int listed = workspace.policies().listPolicies().size();
            double listMs = (System.nanoTime() - listStart) / 1e6;
            if (listed < POLICIES) {
                throw new IllegalStateException("only " + listed + " policies listed after import");
            }
            return List.of(
                    new BenchResult("store.open_new_with_sample", openSeconds * 1000, "ms", null),
                    new BenchResult("import.1000_policies_total", seconds, "s", null),
                    new BenchResult("import.per_policy", seconds * 1000 / POLICIES, "ms", null),
                    new BenchResult("store.list_" + listed + "_policies", listMs, "ms", null),
                    new BenchResult("import.peak_heap", Benchmark.peakHeapMib(), "MiB", null));
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
