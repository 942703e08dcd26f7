package org.policydesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.policydesk.model.PolicyDocument;
import org.policydesk.text.PressParser;
import org.policydesk.text.PressWriter;

/** Parse + write throughput over generated PRESS texts, after a warm-up, checking the round trip as it goes. */
final class ParseWriteBenchmark implements Benchmark {

    @Override
    public String name() {
        return "parse+write throughput";
    }

    @Override
    public List<BenchResult> run() {
        PolicyGenerator generator = new PolicyGenerator(42);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 400; i++) {
            String text = generator.policy(i, 12);
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        PressParser parser = new PressParser();
        PressWriter writer = new PressWriter();
        for (int warm = 0; warm < 3; warm++) {
            roundTrip(texts, parser, writer);
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            roundTrip(texts, parser, writer);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = bytes * rounds / 1e6;
        return List.of(new BenchResult("text.parse_write_throughput", mb / seconds, "MB/s", null),
                new BenchResult("text.parse_write_per_policy", seconds * 1000 / (rounds * texts.size()), "ms",
                        "avg policy " + bytes / texts.size() + " bytes"));
    }

    private static void roundTrip(List<String> texts, PressParser parser, PressWriter writer) {
        for (String text : texts) {
            PolicyDocument doc = parser.parse(text);
            if (!writer.write(doc).equals(text)) {
                throw new IllegalStateException("round trip broke on " + doc.number());
            }
        }
    }
}
