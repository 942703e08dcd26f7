package org.policydesk.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AckMethod;
import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.model.RowProblem;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.VersionStatus;
import org.policydesk.roster.Fixtures;
import org.policydesk.roster.RosterChecker;
import org.policydesk.store.AcknowledgmentRepository;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.Database;
import org.policydesk.store.NewAcknowledgment;
import org.policydesk.store.NewVersion;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.TrainingRepository;
import org.policydesk.text.PressParser;

class RosterServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    @TempDir
    Path dir;
    private Database db;
    private RosterService rosters;
    private TrainingService training;
    private PolicyRepository policies;
    private StaffRepository staff;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        policies = new PolicyRepository(db);
        staff = new StaffRepository(db);
        TrainingRepository trainingRepo = new TrainingRepository(db);
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        rosters = new DefaultRosterService(staff,
                new RosterChecker(new ComplianceRepository(db), trainingRepo, ZONE), clock);
        training = new DefaultTrainingService(trainingRepo, staff, policies);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void importLastYear() throws Exception {
        RosterPreview first = rosters.preview(file("last-year.csv", Fixtures.LAST_YEAR), RosterImportOptions.guessed());
        assertThat(first.problems()).isEmpty();
        RosterImportResult r = rosters.apply(first, false);
        assertThat(r.added()).isEqualTo(4);
    }

    @Test
    void previewCountsNewChangedUnchangedDepartedDuplicatesAndErrorsExactly() throws Exception {
        importLastYear();

        RosterPreview p = rosters.preview(file("payroll.csv", Fixtures.PAYROLL), RosterImportOptions.guessed());

        assertThat(p.newStaff()).extracting(r -> r.employeeNo()).containsExactly("000417", "000422", "000425");
        assertThat(p.changed()).hasSize(1);
        assertThat(p.changed().get(0).after().employeeNo()).isEqualTo("000419");
        assertThat(p.changed().get(0).differences())
                .containsExactly("position: Teacher → Counselor", "buildings: 0150 → 0150, 0230");
        assertThat(p.unchanged()).isEqualTo(1);
        // 000420's row is bad but names them, so only 000300 has departed.
        assertThat(p.departed()).extracting(Employee::employeeNo).containsExactly("000300");
        assertThat(p.duplicateCount()).isEqualTo(1);
        assertThat(p.problems()).extracting(RowProblem::line).containsExactly(5L, 6L, 7L, 11L);
        assertThat(p.newBuildings()).isEmpty();
    }

    @Test
    void withBadRowsNothingIsWrittenUnlessValidRowsAreAccepted() throws Exception {
        importLastYear();
        RosterPreview p = rosters.preview(file("payroll.csv", Fixtures.PAYROLL), RosterImportOptions.guessed());

        assertThatThrownBy(() -> rosters.apply(p, false)).isInstanceOf(RosterException.class)
                .hasMessageStartingWith("payroll.csv has 4 bad rows (first: line 5: unreadable date");
        assertThat(rosters.employees()).hasSize(4);
        assertThat(staff.employee("000300").orElseThrow().active()).isTrue();

        RosterImportResult r = rosters.apply(p, true);

        assertThat(r).isEqualTo(new RosterImportResult(3, 1, 1, 1, 0, 4));
        assertThat(rosters.employees()).hasSize(7);
        Employee departed = staff.employee("000300").orElseThrow();
        assertThat(departed.active()).isFalse();
        assertThat(departed.leaveDate()).isEqualTo(TODAY);
        assertThat(staff.employee("000419").orElseThrow().buildingCodes()).containsExactly("0150", "0230");
        assertThat(staff.employee("000417").orElseThrow().email()).isEqualTo("tnguyen@d.org");

        // The same file again changes nothing and departs nobody twice.
        RosterPreview again = rosters.preview(file("payroll.csv", Fixtures.PAYROLL), RosterImportOptions.guessed());
        assertThat(again.newStaff()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.departed()).isEmpty();
    }

    @Test
    void aSavedMappingIsFoundByNameAndAnUnknownNameIsRefused() throws Exception {
        Path f = file("last-year.csv", Fixtures.LAST_YEAR);
        RosterPreview p = rosters.preview(f, RosterImportOptions.guessed());
        rosters.saveMapping(p.mapping().named("Payroll export"));

        assertThat(rosters.mappingNames()).containsExactly("Payroll export");
        RosterPreview again = rosters.preview(f, RosterImportOptions.withMapping("Payroll export"));
        assertThat(again.mapping()).isEqualTo(p.mapping().named("Payroll export"));
        assertThat(again.newStaff()).hasSize(4);
        assertThatThrownBy(() -> rosters.preview(f, RosterImportOptions.withMapping("SIS")))
                .hasMessage("There is no saved mapping named \"SIS\". Saved mappings: Payroll export.");
    }

    private long adoptedVersion(String text) {
        var doc = new PressParser().parse(text);
        long policyId = policies.findPolicyId(PolicyNumber.parse("5:125"))
                .orElseGet(() -> policies.createPolicy(PolicyNumber.parse("5:125"), "Personal Technology", "General"));
        return policies.addVersion(policyId, new NewVersion(doc, VersionStatus.ADOPTED, null, false)).id();
    }

    @Test
    void policyCheckSortsStaffIntoDoneOverdueMissingAndGracePerBuilding() throws Exception {
        importLastYear();
        rosters.apply(rosters.preview(file("payroll.csv", Fixtures.PAYROLL), RosterImportOptions.guessed()), true);
        long v1 = adoptedVersion("5:125 Personal Technology\n\nOld text.\n");
        long v2 = adoptedVersion("5:125 Personal Technology\n\nNew text.\n");
        var ids = staff.employeeIds();
        AcknowledgmentRepository acks = new AcknowledgmentRepository(db);
        // O'Brien acknowledged v2; Smith only v1; Nguyen v2 but after the as-of date.
        acks.record(new NewAcknowledgment(ids.get("000418"), v2, at(2025, 9, 2), AckMethod.PAPER, "S-1", null, null));
        acks.record(new NewAcknowledgment(ids.get("000419"), v1, at(2024, 9, 2), AckMethod.KIOSK, null, null, null));
        acks.record(new NewAcknowledgment(ids.get("000417"), v2, at(2025, 10, 5), AckMethod.IMPORTED, null, null, null));

        CheckResult r = rosters.check(new CheckRequest(new CheckSubject.Policy(PolicyNumber.parse("5:125")),
                LocalDate.of(2025, 10, 1), null, 30));

        assertThat(r.subjectLabel()).isEqualTo("5:125 Personal Technology (adopted version 2)");
        // 0150: O'Brien done, Nguyen missing, Smith overdue. 0230: Smith overdue, Ross (hired 2025-09-15) in grace,
        // Lee (whose new row was bad, so last year's record stands) missing. Smith counts once in the district.
        assertThat(r.tallies()).containsExactly(
                new BuildingTally("0150", "0150", 3, 1, 0, 1, 1),
                new BuildingTally("0230", "0230", 4, 0, 1, 2, 1));
        assertThat(r.total()).isEqualTo(new BuildingTally("ALL", "District", 6, 1, 1, 3, 1));
        CheckRow smith = r.rows().stream().filter(x -> x.employeeNo().equals("000419")).findFirst().orElseThrow();
        assertThat(smith.status()).isEqualTo(CheckStatus.OVERDUE);
        assertThat(smith.lastDone()).isEqualTo("v1");
        assertThat(smith.lastDoneDate()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(smith.missingWhat()).isEqualTo("needs re-acknowledgment of v2");
        CheckRow ross = r.rows().stream().filter(x -> x.employeeNo().equals("000425")).findFirst().orElseThrow();
        assertThat(ross.newHire()).isTrue();
        assertThat(ross.dueBy()).isEqualTo(LocalDate.of(2025, 10, 15));

        // Three weeks later Ross is past the grace period; Nguyen's acknowledgment now counts.
        CheckResult later = rosters.check(new CheckRequest(new CheckSubject.Policy(PolicyNumber.parse("5:125")),
                LocalDate.of(2025, 10, 20), "0230", 30));
        assertThat(later.tallies()).containsExactly(new BuildingTally("0230", "0230", 4, 0, 0, 3, 1));
        assertThat(later.exceptions()).extracting(CheckRow::employeeNo, CheckRow::status, CheckRow::newHire)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("000422", CheckStatus.MISSING, false),
                        org.assertj.core.groups.Tuple.tuple("000420", CheckStatus.MISSING, false),
                        org.assertj.core.groups.Tuple.tuple("000425", CheckStatus.MISSING, true),
                        org.assertj.core.groups.Tuple.tuple("000419", CheckStatus.OVERDUE, false));
    }

    @Test
    void trainingChecksFollowEachRecurrence() throws Exception {
        importLastYear();
        training.saveType("Annual policy awareness: 5:125", Recurrence.SCHOOL_YEAR, null, 30);
        training.saveType("Mandated reporter", Recurrence.EVERY_N_YEARS, 3, 30);
        TrainingSession lastYear = training.addSession("Annual policy awareness: 5:125", LocalDate.of(2024, 8, 20),
                "0150", "J. Principal", List.of());
        TrainingSession thisYear = training.addSession("Annual policy awareness: 5:125", LocalDate.of(2025, 8, 19),
                null, "HR", List.of());
        training.markAttendance(lastYear.id(), List.of("000418", "000419"));
        training.markAttendance(thisYear.id(), List.of("000418"));
        TrainingSession mr = training.addSession("Mandated reporter", LocalDate.of(2022, 9, 1), null, null, List.of());
        training.markAttendance(mr.id(), List.of("000420"));

        CheckResult annual = rosters.check(new CheckRequest(new CheckSubject.Training("Annual policy awareness: 5:125"),
                TODAY, null, 30));
        assertThat(annual.rows()).extracting(CheckRow::employeeNo, CheckRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("000418", CheckStatus.DONE),
                org.assertj.core.groups.Tuple.tuple("000419", CheckStatus.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("000420", CheckStatus.MISSING),
                org.assertj.core.groups.Tuple.tuple("000300", CheckStatus.MISSING));

        CheckResult reporter = rosters.check(new CheckRequest(new CheckSubject.Training("Mandated reporter"),
                LocalDate.of(2025, 8, 31), "0230", 30));
        assertThat(reporter.rows()).extracting(CheckRow::employeeNo, CheckRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("000420", CheckStatus.DONE),
                org.assertj.core.groups.Tuple.tuple("000300", CheckStatus.MISSING));
        CheckResult expired = rosters.check(new CheckRequest(new CheckSubject.Training("Mandated reporter"),
                LocalDate.of(2025, 9, 1), "0230", 30));
        assertThat(expired.rows().get(0).status()).isEqualTo(CheckStatus.OVERDUE);
        assertThat(expired.rows().get(0).missingWhat()).isEqualTo("expired 2025-09-01 (every 3 years)");
    }

    @Test
    void signInSheetMarksByIdOrNameAndReportsUnknownLines() throws Exception {
        importLastYear();
        training.saveType("New staff orientation", Recurrence.AT_HIRE, 30, 0);
        TrainingSession s = training.addSession("New staff orientation", LocalDate.of(2025, 8, 18), null, null,
                List.of());
        Path sheet = file("sign-in.csv", "ID,Name\n000418,\n,\"Smith, Jane\"\n009999,\n,\"Nobody, Here\"\n");

        var refused = training.importSignIn(s.id(), sheet, false, false);
        assertThat(refused.recorded()).isZero();
        assertThat(refused.problems()).containsExactly(new RowProblem(4, "no employee with ID 009999"),
                new RowProblem(5, "no employee named nobody, here"));
        assertThat(training.attendees(s.id())).isEmpty();

        var accepted = training.importSignIn(s.id(), sheet, false, true);
        assertThat(accepted.recorded()).isEqualTo(2);
        assertThat(training.attendees(s.id())).extracting(Employee::employeeNo).containsExactlyInAnyOrder("000418",
                "000419");
    }

    @Test
    void csvExportNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        StringWriter out = new StringWriter();
        rosters.writeCsv(List.of(new CheckRow("0150", "=HYPERLINK(\"x\")", "-1", "@Smith, Jo", "+Teacher",
                CheckStatus.MISSING, null, null, false, null, null, "acknowledgment of v2")), out);
        assertThat(out.toString().split("\r\n")[1]).isEqualTo(
                "0150,\"'=HYPERLINK(\"\"x\"\")\",'-1,\"'@Smith, Jo\",'+Teacher,missing,,,,,,acknowledgment of v2");
    }

    private static java.time.Instant at(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(10, 0).toInstant(ZoneOffset.ofHours(-5));
    }
}
