package org.policydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policydesk.model.PolicyImport;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Run by {@link ManualImportBenchmark} in a child JVM with -Xmx256m: imports a manual PDF into a new store the
 * way {@code policydesk import} does (read, recognise, store each policy with the original kept) and prints
 * "policies numbered seconds peakHeapMiB", so the heap goal is measured under the heap it names.
 */
public final class ManualImportChild {

    private ManualImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        Path store = Files.createTempDirectory("policydesk-bench-manual");
        try (Workspace workspace = Workspaces.open(store)) {
            long start = System.nanoTime();
            List<RecognisedPolicy> found = workspace.policies().recognise(pdf);
            List<PolicyImport> stored = workspace.policies().store(pdf, found);
            double seconds = (System.nanoTime() - start) / 1e9;
            long numbered = stored.stream().filter(p -> p.document().number() != null).count();
            System.out.println(stored.size() + " " + numbered + " " + seconds + " " + Benchmark.peakHeapMib());
        } finally {
            ImportBenchmark.deleteTree(store);
        }
    }
}
