package org.policydesk.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policydesk.model.Employee;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterField;
import org.policydesk.model.RosterFileSample;
import org.policydesk.model.RosterPreview;
import org.policydesk.model.RowProblem;
import org.policydesk.roster.RosterChecker;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.Database;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.TrainingRepository;

/**
 * Every built-in layout, in a file shaped as its vendor documents it (src/test/resources/roster/vendors, invented
 * people), read with nothing but guessing: exact counts of people, buildings, duplicates, inactive staff and
 * error lines.
 */
class VendorRosterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    @TempDir
    Path dir;
    private Database db;
    private RosterService rosters;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        StaffRepository staff = new StaffRepository(db);
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        rosters = new DefaultRosterService(staff, new RosterChecker(new ComplianceRepository(db),
                new TrainingRepository(db), ZONE), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path vendorFile(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/roster/vendors/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # file;                             preset recognised;                        people; buildings; duplicates; inactive; error lines
            clever-teachers.csv;                Clever teachers.csv;                       5; 3; 1; 0; 0
            clever-staff.csv;                   Clever staff.csv;                          4; 2; 0; 0; 0
            powerschool-staff.csv;              PowerSchool SIS staff export;              4; 3; 0; 1; 2
            powerschool-erp.dat;                ;                                          8; 3; 0; 1; 0
            infinite-campus-staff.csv;          Infinite Campus staff extract;             5; 2; 0; 0; 0
            infinite-campus-staff-noheader.txt; Infinite Campus staff extract, Header Off;  6; 3; 0; 0; 0
            skyward-skybuild.csv;               ;                                          4; 3; 1; 1; 0
            genesis-level-data.csv;             Genesis Level Data Export (staff);         5; 3; 0; 1; 0
            genesis-benefits.txt;               ;                                          6; 3; 0; 1; 0
            frontline-absence.csv;              Frontline / Aesop-style absence system employees; 4; 3; 0; 1; 0
            """)
    void everyVendorLayoutIsReadWithoutAMappingAndCountedExactly(String name, String preset, int people,
                                                                int buildings, int duplicates, int inactive,
                                                                int errorLines) throws Exception {
        RosterPreview p = rosters.preview(vendorFile(name), RosterImportOptions.guessed().partial());

        assertThat(p.layout().presetName()).isEqualTo(preset);
        assertThat(p.people()).as("people").isEqualTo(people);
        assertThat(p.buildings()).as("buildings").isEqualTo(buildings);
        assertThat(p.duplicateCount()).as("duplicates").isEqualTo(duplicates);
        assertThat(p.inactive()).as("inactive").isEqualTo(inactive);
        assertThat(p.problems()).as("error lines").hasSize(errorLines);
        assertThat(p.layout().confidence()).isGreaterThan(0.5);
        // Inactive people the store never knew are counted, not added as staff.
        assertThat(p.newStaff()).hasSize(people - inactive).allMatch(r -> r.active());
    }

    @Test
    void aPersonOnSeveralRowsIsOneEmployeeInEveryBuildingAndPasswordsAreNeverRead() throws Exception {
        Path file = vendorFile("genesis-level-data.csv");
        RosterPreview p = rosters.preview(file, RosterImportOptions.guessed().partial());
        rosters.apply(p, false);

        Employee nowak = rosters.employees().stream().filter(e -> e.employeeNo().equals("1236")).findFirst()
                .orElseThrow();
        assertThat(nowak.buildingCodes()).containsExactly("Central High School", "Jefferson Middle School",
                "Adams Elementary School");
        assertThat(p.layout().columns().get(3).secret()).isTrue();
        assertThat(p.layout().mapping().columns()).noneMatch(c -> c.index() == 3);

        RosterFileSample clever = rosters.sample(vendorFile("clever-teachers.csv"), null, null);
        int password = clever.firstRows().get(0).indexOf("Password");
        assertThat(clever.firstRows().subList(1, clever.firstRows().size()))
                .allMatch(row -> row.get(password).isEmpty());
        assertThat(clever.layout().columns().get(password).sample()).isEmpty();
    }

    @Test
    void powerSchoolLastFirstKeepsTheSuffixWithTheLastNameAndSameIdUnderTwoNamesNamesBothLines() throws Exception {
        RosterPreview p = rosters.preview(vendorFile("powerschool-staff.csv"), RosterImportOptions.guessed().partial());

        assertThat(p.newStaff()).filteredOn(r -> r.employeeNo().equals("004211")).singleElement()
                .satisfies(r -> {
                    assertThat(r.lastName()).isEqualTo("Washington Jr");
                    assertThat(r.firstName()).startsWith("George");
                    assertThat(r.buildingCodes()).containsExactly("100", "200");
                });
        assertThat(p.problems()).extracting(RowProblem::line).containsExactly(7L, 8L);
        assertThat(p.problems().get(0).reason()).contains("\"Ochoa, Maria\" on line 7").contains("\"Ochoa, Mario\" on line 8");
    }

    @Test
    void munisWorkbookWithTitleRowTotalsRowAndEmptyLastCellsIsReadWhole() throws Exception {
        Path file = dir.resolve("munis.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Employee Master");
            row(sheet, 0, "Springfield CUSD 186 - Employee Master Listing");
            row(sheet, 1, "Run 12/01/2026 07:45");
            row(sheet, 3, "Employee", "Last Name", "First Name", "MI", "Location", "Job Class", "Status");
            row(sheet, 4, "000511", "Ames", "Ruth", "A", "LIN", "TEACHER", "A");
            row(sheet, 5, "000512", "Baptiste", "Jean", "", "LIN", "TEACHER");
            row(sheet, 6, "000513", "Cho", "Min", "S", "ROO", "SECRETARY", "A");
            row(sheet, 7, "000514", "Delgado", "Rosa", "", "ROO", "CUSTODIAN", "I");
            row(sheet, 8, "000515", "Eriksen", "Per", "", "WHS", "TEACHER");
            row(sheet, 10, "Total Employees", "5");
            wb.write(out);
        }

        RosterPreview p = rosters.preview(file, RosterImportOptions.guessed().partial());

        assertThat(p.layout().presetName()).isEqualTo("Tyler Munis employee master");
        assertThat(p.layout().headerLine()).isEqualTo(4);
        assertThat(p.problems()).isEmpty();
        assertThat(p.people()).isEqualTo(5);
        assertThat(p.inactive()).isEqualTo(1);
        assertThat(p.buildings()).isEqualTo(3);
        assertThat(p.notes()).extracting(RowProblem::line).contains(1L, 2L, 11L);
    }

    private static void row(XSSFSheet sheet, int index, String... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Test
    void aFileOfAKnownShapeIsReadTheWayTheLastOneWasWithoutAsking() throws Exception {
        Path first = vendorFile("powerschool-erp.dat");
        RosterImportOptions corrected = RosterImportOptions.guessed().partial()
                .layout(null, null, List.of("position=6"));
        RosterPreview p = rosters.preview(first, corrected);
        assertThat(p.layout().columnFor(RosterField.POSITION).orElseThrow().index()).isEqualTo(5);
        rosters.apply(p, false);

        Path next = Files.writeString(dir.resolve("next.dat"), Files.readString(first, StandardCharsets.UTF_8)
                .replace("Abernathy", "Abernathy-Lowe"), StandardCharsets.UTF_8);
        RosterPreview again = rosters.preview(next, RosterImportOptions.guessed().partial());

        assertThat(again.layout().presetName()).startsWith("Remembered:");
        assertThat(again.mapping().columnFor(RosterField.POSITION).orElseThrow().index()).isEqualTo(5);
        assertThat(again.changed()).singleElement().satisfies(c -> assertThat(c.differences())
                .containsExactly("last name: Abernathy → Abernathy-Lowe"));
    }

    @Test
    void aRequiredFieldThatCannotBePlacedIsNamedWithEveryColumnAndASample() throws Exception {
        Path file = Files.writeString(dir.resolve("odd.csv"), """
                Code,Where,Kind
                x1,North,blue
                x2,North,red
                x3,South,blue
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rosters.preview(file, RosterImportOptions.guessed()))
                .isInstanceOf(RosterException.class)
                .hasMessageContaining("cannot tell which column of odd.csv holds the employee ID")
                .hasMessageContaining("1 \"Code\" (e.g. x1)")
                .hasMessageContaining("3 \"Kind\" (e.g. blue)")
                .satisfies(e -> assertThat(((RosterException) e).layout()).isNotNull());
    }

    @Test
    void buildingsAreMatchedThroughAliasesSavedAfterTheFirstImport() throws Exception {
        rosters.apply(rosters.preview(vendorFile("frontline-absence.csv"), RosterImportOptions.guessed().partial()),
                false);
        rosters.saveBuilding("ADAMS", "Adams Elementary School");
        rosters.addBuildingAlias("Adams Elem.", "ADAMS");
        Path file = Files.writeString(dir.resolve("later.csv"), """
                Employee ID,Last Name,First Name,Building
                E-5601,Ito,Yuki,ADAMS ELEM
                E-5602,Jones,Ann,Jefferson Middle
                """, StandardCharsets.UTF_8);

        RosterPreview p = rosters.preview(file, RosterImportOptions.guessed().partial());

        assertThat(p.newStaff()).extracting(r -> r.buildingCodes().get(0)).containsExactly("ADAMS", "Jefferson Middle");
        assertThat(p.newBuildings()).isEmpty();
        LayoutGuess layout = p.layout();
        assertThat(layout.columnFor(RosterField.EMPLOYEE_ID).orElseThrow().confidence()).isGreaterThan(0.9);
    }
}
