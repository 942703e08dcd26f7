package org.policydesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;

import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * A tool for working on the filter's frames, not a benchmark: keeps the 2,000-policy store of the library
 * benchmark in a folder (made once, the import takes minutes), types the benchmark's words and number several
 * times into the real window and prints the distribution of FX-thread CPU between heartbeats. Run it under
 * JFR to see what the worst frames do. {@code java -cp … org.policydesk.bench.FilterFramesProbe DIR [ROUNDS]}
 */
public final class FilterFramesProbe {

    private FilterFramesProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/library-2000");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean fresh = !Files.exists(dir.resolve("policydesk.mv.db"));
        try (Workspace workspace = Workspaces.open(dir)) {
            if (fresh) {
                PolicyGenerator generator = new PolicyGenerator(5);
                for (int i = 0; i < 2000; i++) {
                    workspace.policies().importText("bench-" + i + ".txt", generator.policy(i, 8));
                }
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            org.policydesk.gui.app.BenchWindow window = org.policydesk.gui.app.BenchWindow.open(workspace);
            window.awaitLoaded(120);
            PulseWatch pulses = new PulseWatch();
            Platform.runLater(() -> pulses.attach(window.scene()));
            window.type("policy", 60);
            window.clear();
            Thread.sleep(500);
            List<Long> words = new ArrayList<>();
            List<Long> number = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                if (!"number".equals(System.getenv("PROBE_ONLY"))) {
                    words.addAll(watch(() -> window.type("district board training", 80), window));
                    window.clear();
                    Thread.sleep(500);
                }
                number.addAll(watch(() -> {
                    window.type("4:130", 80);
                    window.erase(5, 80);
                }, window));
                System.out.printf("round %d: words worst %.1f ms, number worst %.1f ms, changes %d%n", r,
                        words.isEmpty() ? 0 : Collections.max(words) / 1e6, Collections.max(number) / 1e6,
                        window.listChanges());
            }
            if (!words.isEmpty()) {
                report("words", words);
            }
            report("number", number);
            pulses.report();
            window.close();
        } finally {
            Platform.exit();
        }
    }

    private static void report(String name, List<Long> gaps) {
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        int n = sorted.size();
        System.out.printf("%s: beats %d, worst %.1f, then %.1f %.1f %.1f %.1f, over 16 ms: %d, over 10 ms: %d%n", name, n,
                sorted.get(n - 1) / 1e6, sorted.get(n - 2) / 1e6, sorted.get(n - 3) / 1e6, sorted.get(n - 4) / 1e6,
                sorted.get(n - 5) / 1e6, sorted.stream().filter(g -> g > 16_000_000).count(),
                sorted.stream().filter(g -> g > 10_000_000).count());
    }

    /** FX-thread CPU of each pulse's CSS and layout passes (pre- to post-layout listener). */
    private static final class PulseWatch {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<Long> cssAndLayout = Collections.synchronizedList(new ArrayList<>());
        private long start;

        void attach(javafx.scene.Scene scene) {
            scene.addPreLayoutPulseListener(() -> start = threads.getCurrentThreadCpuTime());
            scene.addPostLayoutPulseListener(() -> cssAndLayout.add(threads.getCurrentThreadCpuTime() - start));
        }

        void report() {
            List<Long> sorted = new ArrayList<>(cssAndLayout);
            Collections.sort(sorted);
            int n = sorted.size();
            System.out.printf("pulses %d: css+layout worst %.1f, then %.1f %.1f %.1f %.1f; over 5 ms: %d%n", n,
                    sorted.get(n - 1) / 1e6, sorted.get(n - 2) / 1e6, sorted.get(n - 3) / 1e6, sorted.get(n - 4) / 1e6,
                    sorted.get(n - 5) / 1e6, sorted.stream().filter(g -> g > 5_000_000).count());
        }
    }

    @FunctionalInterface
    interface Typing {
        void run() throws InterruptedException;
    }

    /** FX-thread CPU between consecutive heartbeats while the typing runs, as the benchmark measures it. */
    private static List<Long> watch(Typing typing, org.policydesk.gui.app.BenchWindow window) throws InterruptedException {
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        AtomicLong lastCpu = new AtomicLong(-1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread heart = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long previous = lastCpu.getAndSet(cpu);
                    if (previous >= 0) {
                        gaps.add(cpu - previous);
                    }
                    ran.countDown();
                });
                try {
                    ran.await(5, TimeUnit.SECONDS);
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-heartbeat");
        heart.start();
        typing.run();
        window.settle();
        heart.interrupt();
        heart.join();
        return new ArrayList<>(gaps);
    }
}
