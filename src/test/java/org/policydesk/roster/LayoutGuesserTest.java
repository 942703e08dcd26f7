package org.policydesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterField;
import org.policydesk.model.RowProblem;

class LayoutGuesserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private static List<RawRow> rows(String... lines) {
        List<RawRow> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new RawRow(i + 1, i + 1, List.of(lines[i].split(",", -1)), false));
        }
        return out;
    }

    @Test
    void aNameRecordIdWinsOverAnotherIdThatIsMoreUnique() {
        // The first column repeats for a person on two rows; "Other ID" is unique but is someone else's number.
        LayoutGuess g = new LayoutGuesser(TODAY).guess(rows(
                "Name ID,Emp Last Name,Emp First Name,Bldg,Other ID",
                "7740,Castellanos,Beatriz,EL2,550412",
                "7740,Castellanos,Beatriz,EL1,550413",
                "7741,Pruitt,Dale,HS,549870",
                "7745,Delacroix,Remi,MS,550455"));

        assertThat(g.mapping().columnFor(RosterField.EMPLOYEE_ID).orElseThrow().index()).isZero();
    }

    @Test
    void anExactEmployeeIdLaterInTheHeaderWinsOverAStateIdBeforeIt() {
        LayoutGuess g = new LayoutGuesser(TODAY).guess(rows(
                "State Employee ID,Staff Name,Employee ID,Building",
                "123456789,\"Hill; Ann\",000417,0150",
                "123456790,Ford Al,000418,0150"));

        assertThat(g.mapping().columnFor(RosterField.EMPLOYEE_ID).orElseThrow().index()).isEqualTo(2);
        assertThat(g.columnFor(RosterField.EMPLOYEE_ID).orElseThrow().confidence()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @CsvSource({
            "TeacherID2, EMPLOYEE_ID",
            "PrimaryBuildingName, BUILDING",
            "TerminationDate, LEAVE_DATE",
            "EMPLOYEE_NO, EMPLOYEE_ID",
            "LastFirst, FULL_NAME",
            "Email_Addr, EMAIL",
            "PayrollStatus, STATUS",
            "Site 3, BUILDING",
            "Job Class, POSITION",
            "LocalStaffID, EMPLOYEE_ID",
    })
    void headersAreSplitAtCamelCaseUnderscoresAndDigits(String header, RosterField field) {
        assertThat(HeaderWords.scores(header).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey()).isEqualTo(field);
    }

    @Test
    void staffStatusAndStateIdsAreWeakClaimsAndPasswordsAreSecrets() {
        assertThat(HeaderWords.scores("StaffStatus").get(RosterField.STATUS)).isLessThan(0.5);
        assertThat(HeaderWords.scores("StaffStateID").get(RosterField.EMPLOYEE_ID)).isLessThan(0.5);
        assertThat(HeaderWords.isSecret("Password")).isTrue();
        assertThat(HeaderWords.isSecret("PIN")).isTrue();
        assertThat(HeaderWords.scores("Password")).isEmpty();
    }

    @Test
    void contentPlacesIdsEmailsDatesNamesStatusAndBuildingsWithoutAHeader() {
        LayoutGuess g = new LayoutGuesser(TODAY).guess(rows(
                "A,03/04/2011,Émilie,Zoë,0150,ezoe@example.org,004211",
                "A,2015-08-17,Brown Jr.,Tom,0150,tbrown@example.org,004212",
                "I,43692,O'Neil,Mary,0230,moneil@example.org,004213",
                "A,20190815,Núñez,José,0230,jnunez@example.org,004214",
                "A,08/15/2019,Smith,James,0150,jsmith@example.org,004215",
                "A,8/20/21,Lee,Robert,0230,rlee@example.org,004216"));

        assertThat(g.mapping().hasHeader()).isFalse();
        assertThat(g.mapping().columnFor(RosterField.STATUS).orElseThrow().index()).isZero();
        assertThat(g.mapping().columnFor(RosterField.HIRE_DATE).orElseThrow().index()).isEqualTo(1);
        assertThat(g.mapping().columnFor(RosterField.LAST_NAME).orElseThrow().index()).isEqualTo(2);
        assertThat(g.mapping().columnFor(RosterField.FIRST_NAME).orElseThrow().index()).isEqualTo(3);
        assertThat(g.mapping().columnFor(RosterField.BUILDING).orElseThrow().index()).isEqualTo(4);
        assertThat(g.mapping().columnFor(RosterField.EMAIL).orElseThrow().index()).isEqualTo(5);
        assertThat(g.mapping().columnFor(RosterField.EMPLOYEE_ID).orElseThrow().index()).isEqualTo(6);
        assertThat(g.columns()).allMatch(c -> c.field() == null || c.confidence() > 0.4);
    }

    @Test
    void aQuoteNeverClosedNamesTheLastLineOfTheFileNotOnePast() throws Exception {
        Path file = Files.writeString(dir.resolve("open.csv"), "Employee ID,Last Name,First Name\n"
                + "0001,Hill,Ann\n0002,\"Ford,Al\n0003,Cole,Amy\n", StandardCharsets.UTF_8);
        RawTable table = new RosterFileReader().read(file, null, null);
        LayoutGuess g = new LayoutGuesser(TODAY).guess(table.rows());

        ParsedRoster parsed = new RosterRowReader(TODAY).read(table, g.mapping());

        assertThat(parsed.problems()).extracting(RowProblem::toString).containsExactly(
                "line 3: unclosed quote: the quoted field that opens on this line runs on to line 4, so lines 3–4"
                        + " cannot be read");
    }

    @Test
    void theSampleStopsAtItsSizeWhateverTheFileHolds() throws Exception {
        StringBuilder text = new StringBuilder("Employee ID,Last Name\n");
        for (int i = 0; i < 2000; i++) {
            text.append(String.format("%05d,Name%d%n", i, i));
        }
        Path file = Files.writeString(dir.resolve("big.csv"), text, StandardCharsets.UTF_8);

        RawTable sample = new RosterFileReader().read(file, null, null, LayoutGuesser.SAMPLE_ROWS);

        assertThat(sample.rows()).hasSize(LayoutGuesser.SAMPLE_ROWS);
    }
}
