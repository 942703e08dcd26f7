package org.policydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policydesk.model.RecognisedPolicy;
import org.policydesk.pdf.read.PdfPolicyReader;
import org.policydesk.text.PolicyRecogniser;

/**
 * Run by {@link ManualImportBenchmark} in a child JVM with -Xmx256m: reads and recognises a manual PDF and
 * prints "policies seconds peakHeapMiB", so the heap goal is measured under the heap it names.
 */
public final class ManualImportChild {

    private ManualImportChild() {
    }

    public static void main(String[] args) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(args[0]));
        long start = System.nanoTime();
        List<RecognisedPolicy> policies = new PolicyRecogniser().recognise(new PdfPolicyReader().read("manual.pdf", pdf));
        double seconds = (System.nanoTime() - start) / 1e9;
        long numbered = policies.stream().filter(p -> p.document().number() != null).count();
        System.out.println(policies.size() + " " + numbered + " " + seconds + " " + Benchmark.peakHeapMib());
    }
}
