package org.policydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;

/**
 * The benchmark harness ({@code mvn -Pbench verify}): runs every benchmark in one JVM, prints a table and
 * writes {@code target/bench/results.json}. Speed goals live here, not in timed unit tests.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<BenchResult> results = new ArrayList<>();
        // An optional second argument, or BENCH_ONLY=redline,search, runs only the benchmarks whose names
        // contain one of the words (e.g. "kill -9").
        String only = args.length > 1 ? args[1] : System.getenv("BENCH_ONLY");
        for (Benchmark benchmark : Benchmark.all()) {
            if (only != null && !only.isBlank() && java.util.Arrays.stream(only.split(","))
                    .noneMatch(w -> benchmark.name().contains(w.strip()))) {
                continue;
            }
            System.out.println("bench: running " + benchmark.name() + " …");
            results.addAll(benchmark.run());
        }
        write(out, results);
        print(results);
    }

    private static void write(Path dir, List<BenchResult> results) throws IOException {
        Files.createDirectories(dir);
        String json = new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(results);
        Files.writeString(dir.resolve("results.json"), json, StandardCharsets.UTF_8);
    }

    private static void print(List<BenchResult> results) {
        System.out.printf("%n%-48s %14s  %-8s %s%n", "benchmark", "value", "unit", "goal");
        for (BenchResult r : results) {
            System.out.printf("%-48s %14.3f  %-8s %s%n", r.name(), r.value(), r.unit(), r.goal() == null ? "" : r.goal());
        }
    }
}
