package org.policydesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.SignInResult;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.roster.RosterChecker;
import org.policydesk.service.roster.RosterException;
import org.policydesk.service.roster.RosterImportOptions;

/**
 * A new store's sample district has training types and sessions, and with the sample roster and the sample
 * sign-in sheets a roster check for a training names who attended and who did not.
 */
class SampleTrainingTest {

    private static final String AWARENESS = "Annual policy awareness: 5:125 Personal Technology and Social Media";
    private static final String REPORTER = "Mandated reporter";
    private static final Path SAMPLE = Path.of("resources/sample");

    @TempDir
    Path dir;

    @Test
    void aNewStoreHasTheSampleTrainingTypesTheAnnualOneCovering5_125() {
        try (Workspace ws = Workspaces.open(dir)) {
            assertThat(ws.training().types())
                    .extracting(TrainingType::name, TrainingType::recurrence, TrainingType::recurrenceValue,
                            TrainingType::policies)
                    .containsExactlyInAnyOrder(
                            tuple(AWARENESS, Recurrence.SCHOOL_YEAR, null, List.of(PolicyNumber.parse("5:125"))),
                            tuple(REPORTER, Recurrence.EVERY_N_YEARS, 3, List.of()),
                            tuple("New-hire orientation", Recurrence.AT_HIRE, 30, List.of()));
        }
    }

    @Test
    void theAnnualSessionFallsInTheCurrentSchoolYearAndTheOtherOneAYearBefore() throws RosterException {
        LocalDate today = LocalDate.now();
        try (Workspace ws = Workspaces.open(dir)) {
            TrainingSession awareness = ws.training().sessions(AWARENESS).get(0);
            TrainingSession reporter = ws.training().sessions(REPORTER).get(0);

            assertThat(awareness.heldOn()).isBetween(RosterChecker.schoolYearStart(today), today);
            assertThat(awareness.policies()).as("a session starts with its type's policies")
                    .containsExactly(PolicyNumber.parse("5:125"));
            assertThat(reporter.heldOn()).isEqualTo(awareness.heldOn().minusYears(1));
            assertThat(ws.training().sessions(null)).hasSize(2);
        }
        try (Workspace reopened = Workspaces.open(dir)) {
            assertThat(reopened.training().sessions(null)).as("a second start adds nothing").hasSize(2);
        }
    }

    @Test
    void withTheSampleRosterAndSignInSheetsATrainingCheckShowsWhoAttended() throws Exception {
        try (Workspace ws = Workspaces.open(dir)) {
            Path roster = SAMPLE.resolve("staff/sample-roster.csv");
            ws.rosters().apply(ws.rosters().preview(roster, RosterImportOptions.guessed()), false);
            signIn(ws, AWARENESS, "policy-awareness-sign-in.csv");
            signIn(ws, REPORTER, "mandated-reporter-sign-in.csv");

            for (String[] training : new String[][] {
                    {AWARENESS, "policy-awareness-sign-in.csv"}, {REPORTER, "mandated-reporter-sign-in.csv"}}) {
                CheckResult check = ws.rosters().check(new CheckRequest(new CheckSubject.Training(training[0]),
                        LocalDate.now(), null, CheckRequest.DEFAULT_GRACE_DAYS));
                Set<String> signed = idsIn(SAMPLE.resolve("training").resolve(training[1]));

                assertThat(check.rows()).filteredOn(r -> r.status() == CheckStatus.DONE)
                        .extracting(CheckRow::employeeNo).allMatch(signed::contains);
                assertThat(check.rows()).filteredOn(r -> r.status() != CheckStatus.DONE)
                        .as("everyone else is someone to follow up").isNotEmpty()
                        .extracting(CheckRow::employeeNo).noneMatch(signed::contains);
                assertThat(check.total().staff()).isEqualTo(idsIn(roster).size());
            }
        }
    }

    private static void signIn(Workspace ws, String type, String sheet) throws RosterException {
        long session = ws.training().sessions(type).get(0).id();
        SignInResult result = ws.training().importSignIn(session, SAMPLE.resolve("training").resolve(sheet), false,
                false);
        assertThat(result.problems()).as(sheet + " names only sample staff").isEmpty();
        assertThat(result.recorded()).isPositive();
    }

    /** The employee IDs in a CSV's first column, header left out. */
    private static Set<String> idsIn(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",", 2)[0])
                .collect(Collectors.toSet());
    }
}
