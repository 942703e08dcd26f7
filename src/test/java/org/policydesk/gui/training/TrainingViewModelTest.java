package org.policydesk.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.roster.Fixtures;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.roster.RosterImportOptions;

/** The Training screen's view model on a real store, without a window. */
class TrainingViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private BackgroundTasks tasks;
    private TrainingViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspaces.open(dir.resolve("store"));
        Path roster = Files.writeString(dir.resolve("last-year.csv"), Fixtures.LAST_YEAR, StandardCharsets.UTF_8);
        workspace.rosters().apply(workspace.rosters().preview(roster, RosterImportOptions.guessed()), false);
        tasks = BackgroundTasks.sameThread();
        vm = new TrainingViewModel(workspace.training(), workspace.rosters(), tasks);
        vm.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void typeNeedsItsNumberThenASessionIsRecordedAndSelected() throws Exception {
        List<TrainingType> sampleTypes = workspace.training().types();
        assertThat(vm.types()).containsExactlyElementsOf(sampleTypes);
        assertThat(vm.buildings()).containsExactly(TrainingViewModel.DISTRICT_WIDE, "0150", "0230");
        vm.newTypeNameProperty().set("Bloodborne pathogens");
        vm.newRecurrenceProperty().set(Recurrence.EVERY_N_YEARS);
        vm.createType();
        assertThat(tasks.messageProperty().get()).isEqualTo("Type how many years as a whole number.");
        assertThat(workspace.training().types()).isEqualTo(sampleTypes);

        vm.newRecurrenceValueProperty().set("3");
        vm.createType();
        assertThat(workspace.training().types()).filteredOn(t -> t.name().equals("Bloodborne pathogens"))
                .singleElement().satisfies(t -> assertThat(t.describeRecurrence()).isEqualTo("every 3 years"));
        assertThat(vm.selectedTypeProperty().get().name()).isEqualTo("Bloodborne pathogens");

        vm.sessionDateProperty().set(LocalDate.of(2025, 9, 10));
        vm.sessionBuildingProperty().set("0150");
        vm.presenterProperty().set("DCFS trainer");
        vm.sessionPoliciesProperty().set("5:125, 5-90x");
        vm.createSession();
        assertThat(tasks.messageProperty().get()).isEqualTo("\"5-90x\" is not a policy number (expected a form like 5:125).");
        assertThat(vm.sessions()).isEmpty();

        vm.sessionPoliciesProperty().set("5:125");
        vm.createSession();
        TrainingSession session = vm.selectedSessionProperty().get();
        assertThat(session).isNotNull();
        assertThat(workspace.training().sessions("Bloodborne pathogens")).singleElement().satisfies(s -> {
            assertThat(s.heldOn()).isEqualTo(LocalDate.of(2025, 9, 10));
            assertThat(s.buildingCode()).isEqualTo("0150");
            assertThat(s.presenter()).isEqualTo("DCFS trainer");
            assertThat(s.policies()).containsExactly(PolicyNumber.parse("5:125"));
        });
        assertThat(vm.attendees()).hasSize(4);
        assertThat(vm.attendanceSummaryProperty().get()).isEqualTo("0 of 4 staff marked present.");
    }

    @Test
    void ticksFoundByNameOrIdAreSavedAndUntickingRemoves() throws Exception {
        workspace.training().saveType("Bloodborne pathogens", Recurrence.SCHOOL_YEAR, null, 30);
        workspace.training().addSession("Bloodborne pathogens", LocalDate.of(2025, 8, 20), null, null,
                java.util.List.of());
        vm.refresh();
        long id = vm.selectedSessionProperty().get().id();

        vm.attendeeFilterProperty().set("smith");
        assertThat(vm.attendees()).extracting(a -> a.employee().employeeNo()).containsExactly("000419");
        vm.attendees().get(0).presentProperty().set(true);
        vm.attendeeFilterProperty().set("0418");
        assertThat(vm.attendees()).singleElement().satisfies(a -> a.presentProperty().set(true));
        vm.attendeeFilterProperty().set("");
        vm.saveAttendance();
        assertThat(workspace.training().attendees(id)).extracting(Employee::employeeNo)
                .containsExactlyInAnyOrder("000418", "000419");
        assertThat(vm.attendanceSummaryProperty().get()).isEqualTo("2 of 4 staff marked present.");
        assertThat(vm.sessions()).singleElement().satisfies(s -> assertThat(s.attendeeCount()).isEqualTo(2));

        vm.attendees().stream().filter(a -> a.employee().employeeNo().equals("000419")).findFirst().orElseThrow()
                .presentProperty().set(false);
        vm.saveAttendance();
        assertThat(workspace.training().attendees(id)).extracting(Employee::employeeNo).containsExactly("000418");
    }

    @Test
    void signInSheetMarksThoseItNamesAndListsTheLinesItCannotMatch() throws Exception {
        workspace.training().saveType("New staff orientation", Recurrence.AT_HIRE, 30, 0);
        workspace.training().addSession("New staff orientation", LocalDate.of(2025, 8, 18), null, null,
                java.util.List.of());
        vm.refresh();
        long id = vm.selectedSessionProperty().get().id();
        Path sheet = Files.writeString(dir.resolve("sign-in.csv"),
                "ID,Name\n000418,\n,\"Smith, Jane\"\n009999,\n,\"Nobody, Here\"\n", StandardCharsets.UTF_8);
        vm.importSignIn(sheet);
        assertThat(tasks.messageProperty().get())
                .isEqualTo("sign-in.csv: 4 rows, 2 matched (0 already present), 2 newly marked, 2 not matched.");
        assertThat(vm.signInProblems()).containsExactly("line 4: no employee with ID 009999",
                "line 5: no employee named nobody, here");
        assertThat(workspace.training().attendees(id)).extracting(Employee::employeeNo)
                .containsExactlyInAnyOrder("000418", "000419");
        assertThat(vm.attendees().stream().filter(a -> a.presentProperty().get()).count()).isEqualTo(2);
    }
}
