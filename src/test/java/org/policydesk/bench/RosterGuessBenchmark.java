package org.policydesk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.roster.LayoutGuesser;
import org.policydesk.roster.RawTable;
import org.policydesk.roster.RosterFileReader;
import org.policydesk.service.roster.RosterImportOptions;
import org.policydesk.service.roster.RosterService;
import org.policydesk.store.Database;

/**
 * Issue 18's goals for a vendor export read with no mapping: guessing the layout of a 20,000-row file (a sample is
 * read, never the whole file) and importing it with guessing, people merged across rows, in a child JVM limited to
 * -Xmx256m whose peak heap is reported.
 */
final class RosterGuessBenchmark implements Benchmark {

    static final int ROWS = 20_000;
    private static final int GUESS_ROUNDS = 15;

    private final Path work;

    RosterGuessBenchmark(Path work) {
        this.work = work;
    }

    @Override
    public String name() {
        return "roster guess";
    }

    @Override
    public List<BenchResult> run() throws Exception {
        Files.createDirectories(work);
        Path file = work.resolve("genesis-level-data-20000.csv");
        writeGenesisExport(file);
        double[] guess = new double[GUESS_ROUNDS];
        for (int i = -3; i < GUESS_ROUNDS; i++) {
            long start = System.nanoTime();
            RawTable sample = new RosterFileReader().read(file, null, null, LayoutGuesser.SAMPLE_ROWS);
            LayoutGuess g = new LayoutGuesser(LocalDate.now()).guess(sample.rows());
            double ms = (System.nanoTime() - start) / 1e6;
            if (g.presetName() == null || g.confidence() < 0.5) {
                throw new IllegalStateException("the Genesis export was not recognised: " + g);
            }
            if (i >= 0) {
                guess[i] = ms;
            }
        }
        Arrays.sort(guess);
        double[] child = importInChild(file);
        return List.of(
                new BenchResult("roster.guess_layout_20000_rows", guess[GUESS_ROUNDS / 2], "ms",
                        "<= 200 ms; sample of " + LayoutGuesser.SAMPLE_ROWS + " rows read and guessed"),
                new BenchResult("roster.import_guessed_20000_rows", child[0], "s",
                        "<= 2 s; guessed Genesis layout, people merged, one transaction; child JVM -Xmx256m, after"
                                + " one warm-up import"),
                new BenchResult("roster.import_guessed_20000_rows_cold", child[1], "s",
                        "the child's first import, with class loading and JIT"),
                new BenchResult("roster.import_guessed_peak_heap", child[2], "MiB", "<= 256 MiB (-Xmx256m)"));
    }

    /** {warm import s, cold import s, peak heap MiB} from a child JVM with -Xmx256m. */
    private double[] importInChild(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), file.toString(), work.resolve("stores").toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the import child failed:\n" + output);
        }
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        String[] parts = last.split(" ");
        return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[0]), Double.parseDouble(parts[2])};
    }

    /** The child: imports the file into a fresh store twice (cold, then warm) and prints "cold warm peakMiB". */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            Path stores = Path.of(args[1]);
            double[] seconds = new double[2];
            for (int round = 0; round < 2; round++) {
                Path store = stores.resolve("store-" + round);
                RosterImportBenchmark.deleteTree(store);
                try (Database db = Database.open(store)) {
                    RosterService rosters = RosterImportBenchmark.service(db);
                    long start = System.nanoTime();
                    RosterPreview p = rosters.preview(file, RosterImportOptions.guessed());
                    RosterImportResult r = rosters.apply(p, false);
                    seconds[round] = (System.nanoTime() - start) / 1e9;
                    if (p.people() != expectedPeople() || r.added() != p.people() - p.inactive()
                            || !p.problems().isEmpty()) {
                        throw new IllegalStateException("read " + p.people() + " people (" + r.added() + " added) with "
                                + p.problems().size() + " problems; expected " + expectedPeople());
                    }
                }
                RosterImportBenchmark.deleteTree(store);
            }
            System.out.printf(java.util.Locale.ROOT, "%.3f %.3f %.1f%n", seconds[0], seconds[1],
                    Benchmark.peakHeapMib());
        }
    }

    /** Every tenth person is listed again for a second building, as per-building exports do. */
    static int expectedPeople() {
        int rows = 0;
        int person = 0;
        while (rows < ROWS) {
            person++;
            rows += person % 10 == 0 && rows + 1 < ROWS ? 2 : 1;
        }
        return person;
    }

    static void writeGenesisExport(Path csv) throws IOException {
        Random random = new Random(18);
        String[] last = {"Smith", "Johnson", "Nguyễn", "Garcia", "O'Brien", "Kowalski", "Patel", "Lee", "Brown",
            "Martínez", "Davis", "Wilson Jr.", "Anderson", "Thomas III", "Moore"};
        String[] first = {"Ann", "Ben", "Carla", "Dev", "Elena", "Frank", "Grace", "Hector", "Inés", "Jamal"};
        String[] buildings = {"Central High School", "Jefferson Middle School", "Adams Elementary School",
            "Lincoln Elementary School", "Roosevelt Middle School", "District Office"};
        String[] titles = {"HS Teacher", "MS Teacher", "Aide", "Custodian", "Principal", "Nurse", "Secretary"};
        List<String> lines = new ArrayList<>();
        int person = 0;
        while (lines.size() < ROWS) {
            person++;
            String id = String.format("%06d", person);
            String name = first[random.nextInt(first.length)] + "," + last[random.nextInt(last.length)];
            String title = titles[random.nextInt(titles.length)];
            String status = random.nextInt(50) == 0 ? "I" : "A";
            String term = status.equals("I") ? "06/30/2025" : "";
            String building = buildings[person % buildings.length];
            lines.add(row(id, name, building, title, term, status));
            if (person % 10 == 0 && lines.size() < ROWS) {
                lines.add(row(id, name, buildings[(person + 1) % buildings.length], title, term, status));
            }
        }
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("TeacherID2,FirstName,LastName,Password,PrimaryBuildingName,BuildingName2,BuildingName3,"
                    + "BuildingName4,BuildingName5,BuildingName6,BuildingName7,Title,Category,JobTitleCode,"
                    + "TerminationDate,PayrollStatus,AUP,Username,Homeroom,MiddleName,JobDescription,Is Coach\r\n");
            for (String line : lines) {
                w.write(line);
            }
        }
    }

    private static String row(String id, String name, String building, String title, String term, String status) {
        return id + "," + name + ",," + building + ",,,,,,," + title + ",Staff,X1," + term + "," + status
                + ",,user" + id + ",,," + title + ",\r\n";
    }
}
