package org.policydesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.RosterField;
import org.policydesk.model.RowProblem;
import org.policydesk.model.StaffRecord;

class RosterFileReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @TempDir
    Path dir;

    private final RosterFileReader reader = new RosterFileReader();

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private ParsedRoster parse(Path file, ColumnMapping mapping) throws Exception {
        RawTable table = reader.read(file, null, null);
        return new RosterRowReader(TODAY).read(table, mapping == null ? MappingGuesser.guess(table.rows().get(0).cells())
                : mapping);
    }

    @Test
    void payrollCsvWithBomReportsEveryBadRowWithItsLineAndMergesIdenticalRepeats() throws Exception {
        Path file = Files.write(dir.resolve("payroll.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Fixtures.PAYROLL.getBytes(StandardCharsets.UTF_8)));
        RawTable table = reader.read(file, null, null);
        assertThat(table.format()).isEqualTo("CSV");
        assertThat(table.encoding()).isEqualTo("UTF-8");

        ParsedRoster parsed = parse(file, null);

        assertThat(parsed.problems()).extracting(RowProblem::line).containsExactly(5L, 6L, 7L, 11L);
        assertThat(parsed.problems()).extracting(RowProblem::reason).containsExactly(
                "unreadable date \"13/45/2020\" in Hire date",
                "missing employee ID",
                "wrong number of fields: 7 instead of 8",
                "unclosed quote: the quoted field that opens on this line runs on to line 12, so lines 11–12 cannot"
                        + " be read");
        assertThat(parsed.duplicates()).containsExactly("line 8 repeats line 2 (employee 000417); counted once");
        // 000422 is on two rows with one name (an aide and a teacher): one person, not a conflict.
        assertThat(parsed.conflictingRows()).isZero();
        assertThat(parsed.records()).extracting(l -> l.record().employeeNo())
                .containsExactly("000417", "000418", "000419", "000422", "000425");
        assertThat(parsed.dataRows()).isEqualTo(11);

        StaffRecord smith = parsed.records().get(2).record();
        assertThat(smith.lastName()).isEqualTo("Smith");
        assertThat(smith.firstName()).isEqualTo("Jane");
        assertThat(smith.middleName()).isEqualTo("A");
        assertThat(smith.buildingCodes()).containsExactly("0150", "0230");
        assertThat(smith.hireDate()).isEqualTo(LocalDate.of(2021, 8, 20));
        // A row that cannot be read still names its employee, so that employee has not departed.
        assertThat(parsed.mentionedIds()).contains("000420", "000421", "000422");
    }

    @Test
    void headerlessTabSeparatedFileIsReadByColumnPosition() throws Exception {
        Path file = write("sis.tsv", "0150\t00077\tBaker\tTom\tTeacher\t2018-08-01\n"
                + "0230\t00078\tCole\tAmy\tNurse\t2019-08-01\n", StandardCharsets.UTF_8);
        ColumnMapping byPosition = new ColumnMapping("SIS", false, null, null, List.of(
                new ColumnMapping.Column(RosterField.BUILDING, 0, null),
                new ColumnMapping.Column(RosterField.EMPLOYEE_ID, 1, null),
                new ColumnMapping.Column(RosterField.LAST_NAME, 2, null),
                new ColumnMapping.Column(RosterField.FIRST_NAME, 3, null),
                new ColumnMapping.Column(RosterField.POSITION, 4, null),
                new ColumnMapping.Column(RosterField.HIRE_DATE, 5, null)));
        RawTable table = reader.read(file, null, null);
        assertThat(table.format()).isEqualTo("TSV");
        ParsedRoster parsed = new RosterRowReader(TODAY).read(table, byPosition);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.records()).extracting(l -> l.record().employeeNo() + " " + l.record().displayName() + " "
                + l.record().buildingCodes()).containsExactly("00077 Baker, Tom [0150]", "00078 Cole, Amy [0230]");
    }

    @Test
    void semicolonFileInWindows1252IsDetectedAndKeepsAccents() throws Exception {
        Path file = write("export.csv", "Nachname;Vorname;Employee ID;Building\nMuñoz;José;0042;HS\n"
                + "Renée;Zoë;0043;HS\n", Charset.forName("windows-1252"));
        RawTable table = reader.read(file, null, null);
        assertThat(table.encoding()).isEqualTo("windows-1252");
        assertThat(table.detected()).isTrue();
        assertThat(table.format()).isEqualTo("semicolon-separated");
        ColumnMapping mapping = new ColumnMapping(null, true, null, null, List.of(
                new ColumnMapping.Column(RosterField.LAST_NAME, 0, "Nachname"),
                new ColumnMapping.Column(RosterField.FIRST_NAME, 1, "Vorname"),
                new ColumnMapping.Column(RosterField.EMPLOYEE_ID, 2, "Employee ID"),
                new ColumnMapping.Column(RosterField.BUILDING, 3, "Building")));
        ParsedRoster parsed = new RosterRowReader(TODAY).read(table, mapping);
        assertThat(parsed.records()).extracting(l -> l.record().displayName())
                .containsExactly("Muñoz, José", "Renée, Zoë");
    }

    @Test
    void pipeSeparatedFileWithCommasInNamesPicksThePipe() throws Exception {
        Path file = write("hr.txt", "ID|Name|Position|School\n1001|Hill, Ann B|Teacher|MS\n1002|Ford, Al|Aide|MS\n",
                StandardCharsets.UTF_8);
        RawTable table = reader.read(file, null, null);
        assertThat(table.format()).isEqualTo("pipe-separated");
        ParsedRoster parsed = new RosterRowReader(TODAY).read(table, MappingGuesser.guess(table.rows().get(0).cells()));
        assertThat(parsed.records()).extracting(l -> l.record().displayName()).containsExactly("Hill, Ann B", "Ford, Al");
    }

    @Test
    void xlsxIsReadByRowNumberWithDatesAndTextIdsKept() throws Exception {
        Path file = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Staff");
            XSSFCellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            String[] header = {"Employee ID", "Last Name", "First Name", "Building", "Hire Date"};
            XSSFRow h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            XSSFRow r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("000417");
            r1.createCell(1).setCellValue("Nguyen");
            r1.createCell(2).setCellValue("Thi");
            r1.createCell(3).setCellValue("0150");
            r1.createCell(4).setCellValue(LocalDate.of(2019, 8, 15));
            r1.getCell(4).setCellStyle(dateStyle);
            // Row 3 left empty; row 4 lacks its ID.
            XSSFRow r3 = sheet.createRow(3);
            r3.createCell(1).setCellValue("Nobody");
            r3.createCell(3).setCellValue("0150");
            r3.createCell(4).setCellValue("not a date");
            wb.write(out);
        }
        RawTable table = reader.read(file, null, null);
        assertThat(table.format()).isEqualTo("XLSX");
        ParsedRoster parsed = new RosterRowReader(TODAY).read(table, MappingGuesser.guess(table.rows().get(0).cells()));
        assertThat(parsed.records()).hasSize(1);
        StaffRecord r = parsed.records().get(0).record();
        assertThat(r.employeeNo()).isEqualTo("000417");
        assertThat(r.hireDate()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(parsed.problems()).containsExactly(new RowProblem(4, "missing employee ID"));
    }

    @Test
    void aFileThatIsNeitherUtf8NorWindows1252IsRefusedWithAMessage() throws IOException {
        // 0x81 and 0x8D are undefined in Windows-1252 and invalid alone in UTF-8.
        Path file = Files.write(dir.resolve("odd.csv"), new byte[] {'I', 'D', ',', 'N', '\n', '1', ',', (byte) 0x81,
                (byte) 0x8D, '\n'});
        assertThatThrownBy(() -> reader.read(file, null, null)).isInstanceOf(RosterFileException.class)
                .hasMessage("odd.csv is in an encoding PolicyDesk cannot recognise (neither UTF-8 nor Windows-1252)."
                        + " Save it as \"CSV UTF-8\" and import it again, or name the encoding.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            memo.txt   | This is a memo.\\nIt has sentences but no columns.\\nNone at all.\\n | memo.txt does not look like a table: no line has fields separated by commas, tabs, semicolons or pipes.
            report.pdf | %PDF-1.7\\n                                                          | report.pdf is a PDF document, not a table. Export the roster as CSV or XLSX.
            """)
    void somethingThatIsNotATableGetsAClearMessage(String name, String content, String message) throws IOException {
        Path file = write(name.strip(), content.strip().replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file, null, null)).hasMessage(message.strip());
    }

    @Test
    void aBinaryFileIsNotATable() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 31 + 1);
        }
        Path file = Files.write(dir.resolve("photo.csv"), bytes);
        assertThatThrownBy(() -> reader.read(file, null, null))
                .hasMessage("photo.csv is not a text table: it looks like a binary file.");
    }

    @Test
    void a200MegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(file, null, null)).isInstanceOf(RosterFileException.class)
                .hasMessageStartingWith("huge.csv is 200 MB; PolicyDesk reads roster files up to 50 MB.");
    }

    @Test
    void aMappingThatNamesAColumnTheFileLacksIsRefused() throws Exception {
        Path file = write("other.csv", "Emp ID,Name\n1,\"Doe, J\"\n", StandardCharsets.UTF_8);
        ColumnMapping payroll = new ColumnMapping("Payroll export", true, null, null, List.of(
                new ColumnMapping.Column(RosterField.EMPLOYEE_ID, 0, "Emp ID"),
                new ColumnMapping.Column(RosterField.FULL_NAME, 1, "Name"),
                new ColumnMapping.Column(RosterField.BUILDING, 4, "Building")));
        RawTable table = reader.read(file, null, null);
        assertThatThrownBy(() -> new RosterRowReader(TODAY).read(table, payroll)).isInstanceOf(MappingException.class)
                .hasMessage("The mapping \"Payroll export\" reads Building (one or more columns) from column 5, and this"
                        + " file has 2 columns.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
