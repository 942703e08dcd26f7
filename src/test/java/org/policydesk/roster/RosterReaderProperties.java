package org.policydesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.policydesk.model.ColumnMapping;

/**
 * The roster reader on hostile files: random bytes, and CSV-ish text full of quotes, separators, byte-order
 * marks, blank and broken rows. It never throws anything but its own clear exceptions, and every row it cannot
 * use is reported with the line it starts on.
 */
class RosterReaderProperties {

    static final String HEADER = "Employee ID,Last Name,First Name,Position,Building,Hire Date,Status";
    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("roster-properties");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 1000)
    void randomBytesAreReadOrRefusedWithAMessageNeverACrash(@ForAll byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("random.csv"), bytes);
        try {
            RawTable table = new RosterFileReader().read(file, null, null);
            assertThat(table.rows()).allSatisfy(r -> assertThat(r.line()).isPositive());
        } catch (RosterFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1500)
    void everyRowIsUsedOrReportedWithItsLine(@ForAll("rosterTexts") byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("roster.csv"), bytes);
        RawTable table;
        try {
            table = new RosterFileReader().read(file, null, null);
        } catch (RosterFileException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        ColumnMapping mapping = MappingGuesser.guess(List.of(HEADER.split(",")));
        ParsedRoster parsed;
        try {
            parsed = new RosterRowReader(LocalDate.of(2026, 11, 29)).read(table, mapping);
        } catch (MappingException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        long lastLine = table.rows().stream().mapToLong(RawRow::endLine).max().orElse(0);
        Set<Long> problemLines = new HashSet<>();
        parsed.problems().forEach(p -> {
            assertThat(p.line()).isBetween(1L, Math.max(1L, lastLine));
            assertThat(p.reason()).isNotBlank();
            problemLines.add(p.line());
        });
        Set<Long> usedLines = new HashSet<>();
        Set<String> usedIds = new HashSet<>();
        parsed.records().forEach(l -> {
            usedLines.add(l.line());
            usedIds.add(l.record().employeeNo());
        });
        boolean headerSeen = false;
        for (RawRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            if (!headerSeen && mapping.hasHeader()) {
                headerSeen = true;
                continue;
            }
            String id = row.cells().isEmpty() ? "" : row.cells().get(0).strip();
            assertThat(problemLines.contains(row.line()) || usedLines.contains(row.line()) || usedIds.contains(id))
                    .as("row at line %d (%s) is neither used nor reported", row.line(), row.cells())
                    .isTrue();
        }
    }

    @Provide
    Arbitrary<byte[]> rosterTexts() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(8),
                Arbitraries.strings().alpha().ofMaxLength(12),
                Arbitraries.of("", " ", "\"", "\"\"", "\"Smith, Jane\"", "\"O\"\"Brien\"", "\"broken", "a\"b", ",", ";",
                        "\t", "|", "\"line\nbreak\"", "08/15/2019", "2019-13-45", "31/31/31", "Active", "Inactive",
                        "Émilie", "王小明", "🙂", "\u0000", "=SUM(A1)", "0150", "\uFEFF", "\r"),
                Arbitraries.strings().all().ofMaxLength(6));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(9).map(cells -> String.join(",", cells));
        Arbitrary<List<String>> rows = row.list().ofMinSize(0).ofMaxSize(25);
        return Arbitraries.lazy(() -> rows.flatMap(rs -> Arbitraries.of(0, 1, 2).flatMap(bom -> Arbitraries.of("\n", "\r\n")
                .map(eol -> bytes(bom, eol, rs)))));
    }

    private static byte[] bytes(int bom, String eol, List<String> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom == 1) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        StringBuilder text = new StringBuilder(HEADER).append(eol);
        rows.forEach(r -> text.append(r).append(eol));
        out.writeBytes(text.toString().getBytes(bom == 2 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
