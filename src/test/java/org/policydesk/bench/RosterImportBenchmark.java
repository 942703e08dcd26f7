package org.policydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.policydesk.model.AuditKinds;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.roster.RosterChecker;
import org.policydesk.service.roster.DefaultRosterService;
import org.policydesk.service.roster.RosterImportOptions;
import org.policydesk.service.roster.RosterService;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.Database;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.TrainingRepository;

/**
 * Importing a 20,000-row HR export, exactly as the Staff place and {@code roster import} do it: read and validate
 * the file, compute the preview against the store, then write it in one transaction with its audit events
 * (one {@code roster.import} plus one {@code employee.*} per employee touched; decision 0045).
 *
 * <p>Two shapes: a first import into an empty store (20,000 new employees) and a re-import of a changed export
 * into that store (1,980 changed, 200 departed, 200 new, the rest unchanged). Each is repeated on fresh stores and
 * the median is reported; wall and CPU time of the importing thread are given side by side, since the machine is
 * shared and wall time follows the load. The store-opening is outside the timing; the phases are timed apart
 * (read + preview, write) so a regression shows where it is.
 */
final class RosterImportBenchmark implements Benchmark {

    static final int STAFF = 20_000;
    /** Fresh-store rounds timed; {@code -Droster.import.rounds=N} changes it for profiling. */
    private static final int ROUNDS = Integer.getInteger("roster.import.rounds", 5);
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final Path work;

    RosterImportBenchmark(Path work) {
        this.work = work;
    }

    @Override
    public String name() {
        return "roster csv import";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        Files.createDirectories(work);
        Path first = work.resolve("roster-20000.csv");
        Path second = work.resolve("roster-20000-changed.csv");
        writeRoster(first, false);
        writeRoster(second, true);

        for (int i = 0; i < 2; i++) { // warm-up: JIT, class loading
            timeRound(first, second, work.resolve("warm"));
        }
        double[][] rounds = new double[ROUNDS][];
        for (int i = 0; i < ROUNDS; i++) {
            rounds[i] = timeRound(first, second, work.resolve("store-" + i));
        }
        String load = String.format("load %.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        return List.of(
                new BenchResult("roster.import_20000_rows", median(rounds, 0), "s",
                        "<= 2 s; first import, read + preview + one-transaction write with 20,001 audit events; " + load),
                new BenchResult("roster.import_20000_rows_cpu", median(rounds, 1), "s", "CPU time, same imports"),
                new BenchResult("roster.import_20000_rows_process_cpu", median(rounds, 6), "s",
                        "CPU time of all threads (H2's writer, GC) during the same imports; 2 cores"),
                new BenchResult("roster.import_20000_rows_read_preview", median(rounds, 2), "s",
                        "read, validate, compare"),
                new BenchResult("roster.import_20000_rows_write", median(rounds, 3), "s",
                        "one transaction, with audit events"),
                new BenchResult("roster.reimport_20000_rows", median(rounds, 4), "s",
                        "<= 2 s; 1,980 changed, 200 departed, 200 new, rest unchanged"),
                new BenchResult("roster.reimport_20000_rows_cpu", median(rounds, 5), "s", "CPU time, same imports"),
                new BenchResult("roster.import_peak_heap", Benchmark.peakHeapMib(), "MiB", "-Xmx2g"));
    }

    /**
     * {wall, cpu, read+preview wall, write wall} of the first import, {wall, cpu} of the re-import, then the process
     * CPU time of the first import.
     */
    private double[] timeRound(Path first, Path second, Path storeDir) throws Exception {
        deleteTree(storeDir);
        double[] out = new double[7];
        try (Database db = Database.open(storeDir)) {
            RosterService rosters = service(db);
            importTimed(rosters, first, out, 0, STAFF);
            importTimed(rosters, second, out, 4, 200);
            long events = new AuditTrail(db).size();
            // 20,000 added + 1 import; then 200 added, 1,980 changed, 200 departed + 1 import.
            if (events != STAFF + 1 + 2_381) {
                throw new IllegalStateException("only " + events + " audit events after the two imports");
            }
            if (new AuditTrail(db).history(AuditKinds.EMPLOYEE, "000007").isEmpty()) {
                throw new IllegalStateException("employee 000007 has no audit events");
            }
        }
        deleteTree(storeDir);
        return out;
    }

    private static void importTimed(RosterService rosters, Path csv, double[] out, int at, int expectedAdded)
            throws Exception {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        long processCpu = PROCESS.getProcessCpuTime();
        RosterPreview p = rosters.preview(csv, RosterImportOptions.guessed());
        long previewed = System.nanoTime();
        if (p.hasProblems()) {
            throw new IllegalStateException("generated roster has problems: " + p.problems().get(0));
        }
        RosterImportResult r = rosters.apply(p, false);
        long end = System.nanoTime();
        out[at] = (end - start) / 1e9;
        out[at + 1] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (at == 0) {
            out[6] = (PROCESS.getProcessCpuTime() - processCpu) / 1e9;
            out[2] = (previewed - start) / 1e9;
            out[3] = (end - previewed) / 1e9;
        }
        if (r.added() != expectedAdded) {
            throw new IllegalStateException("imported " + r.added() + " new staff, expected " + expectedAdded);
        }
    }

    private static double median(double[][] rounds, int column) {
        double[] values = Arrays.stream(rounds).mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    static RosterService service(Database db) {
        return new DefaultRosterService(new StaffRepository(db),
                new RosterChecker(new ComplianceRepository(db), new TrainingRepository(db), ZONE),
                Clock.system(ZONE));
    }

    /**
     * The HR export of the roster benchmark. {@code changed}: every tenth employee who stays has a new position, the last
     * 200 have left (not in the file) and 200 new IDs follow.
     */
    static void writeRoster(Path csv, boolean changed) throws IOException {
        Random random = new Random(42);
        String[] last = {"Smith", "Johnson", "Nguyen", "Garcia", "O'Brien", "Kowalski", "Patel", "Lee", "Brown",
                "Martínez", "Davis", "Wilson", "Anderson", "Thomas", "Moore"};
        String[] first = {"Ann", "Ben", "Carla", "Dev", "Elena", "Frank", "Grace", "Hector", "Ines", "Jamal"};
        String[] positions = {"Teacher", "Aide", "Custodian", "Principal", "Counselor", "Nurse", "Secretary",
                "Bus Driver", "Food Service"};
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            ids.add(i);
        }
        if (changed) {
            ids = new ArrayList<>(ids.subList(0, STAFF - 200));
            for (int i = 0; i < 200; i++) {
                ids.add(STAFF + i);
            }
        }
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Employee ID,Employee Name,Position,Email,Building,Building 2,Hire Date,Status\r\n");
            for (int i : ids) {
                Random r = new Random(random.nextLong() ^ i);
                String id = String.format("%06d", i + 1);
                String name = last[r.nextInt(last.length)] + ", " + first[r.nextInt(first.length)] + " "
                        + (char) ('A' + r.nextInt(26));
                String position = positions[r.nextInt(positions.length)];
                if (changed && i % 10 == 0 && i < STAFF) {
                    position = position + " II";
                }
                String b1 = RosterBenchmark.building(i % RosterBenchmark.BUILDINGS);
                String b2 = i % 10 == 0 ? RosterBenchmark.building((i / 10 + 7) % RosterBenchmark.BUILDINGS) : "";
                LocalDate hire = LocalDate.of(1995, 8, 1).plusDays(r.nextInt(11_000));
                w.write(id + ",\"" + name + "\"," + position + ",e" + id + "@district.org," + b1 + "," + b2 + ","
                        + hire.getMonthValue() + "/" + hire.getDayOfMonth() + "/" + hire.getYear() + ",Active\r\n");
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs this benchmark alone: {@code java -cp … org.policydesk.bench.RosterImportBenchmark [WORK]}. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench/roster-import");
        for (BenchResult r : new RosterImportBenchmark(work).run()) {
            System.out.printf("%-42s %10.3f %-4s %s%n", r.name(), r.value(), r.unit(), r.goal() == null ? "" : r.goal());
        }
    }
}
