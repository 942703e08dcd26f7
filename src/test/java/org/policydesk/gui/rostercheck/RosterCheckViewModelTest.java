package org.policydesk.gui.rostercheck;

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
import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.Recurrence;
import org.policydesk.roster.Fixtures;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.roster.RosterImportOptions;

/** The Roster check screen's view model on a real store: the building choice, and the position and status filters. */
class RosterCheckViewModelTest {

    private static final String TRAINING = "Mandated reporter";

    @TempDir
    Path dir;
    private Workspace workspace;
    private RosterCheckViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspaces.open(dir.resolve("store"));
        Path roster = Files.writeString(dir.resolve("last-year.csv"), Fixtures.LAST_YEAR, StandardCharsets.UTF_8);
        workspace.rosters().apply(workspace.rosters().preview(roster, RosterImportOptions.guessed()), false);
        // O'Brien (principal, 0150) attended this year; Lee (teacher, 0230) only in 2020, so her 3 years ran out.
        workspace.training().saveType(TRAINING, Recurrence.EVERY_N_YEARS, 3, 30);
        long recent = workspace.training().addSession(TRAINING, LocalDate.of(2025, 9, 10), "0150", null, List.of()).id();
        workspace.training().markAttendance(recent, List.of("000418"));
        long old = workspace.training().addSession(TRAINING, LocalDate.of(2020, 9, 1), null, null, List.of()).id();
        workspace.training().markAttendance(old, List.of("000420"));
        vm = new RosterCheckViewModel(workspace.rosters(), workspace.training(), BackgroundTasks.sameThread());
        vm.refresh();
        vm.byTrainingProperty().set(true);
        vm.trainingNameProperty().set(TRAINING);
        vm.asOfProperty().set(LocalDate.of(2025, 10, 1));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> listed() {
        return vm.exceptions().stream().map(CheckRow::employeeNo).toList();
    }

    @Test
    void statusAndPositionFiltersNarrowTheListWithoutCheckingAgain() {
        vm.run();

        assertThat(vm.tallies()).extracting(BuildingTally::buildingCode).containsExactly("0150", "0230", "ALL");
        // Everyone but the done are listed at first, in building then name order.
        assertThat(listed()).containsExactly("000419", "000420", "000300");
        var result = vm.resultProperty().get();

        vm.statusProperty().set(CheckStatus.OVERDUE);
        assertThat(listed()).containsExactly("000420");
        vm.statusProperty().set(CheckStatus.DONE);
        assertThat(listed()).containsExactly("000418");
        vm.positionProperty().set(" TEACH ");
        assertThat(listed()).isEmpty();
        vm.statusProperty().set(null);
        assertThat(listed()).containsExactly("000419", "000420", "000300");
        vm.positionProperty().set("princ");
        assertThat(listed()).isEmpty();
        assertThat(vm.resultProperty().get()).isSameAs(result);
    }

    @Test
    void aBuildingChoiceChecksThatBuildingOnly() {
        assertThat(vm.buildings()).containsExactly(RosterCheckViewModel.ALL_BUILDINGS, "0150", "0230");
        vm.buildingProperty().set("0230");

        vm.run();

        assertThat(vm.tallies()).containsExactly(new BuildingTally("0230", "0230", 2, 0, 0, 1, 1),
                new BuildingTally("0230", "District", 2, 0, 0, 1, 1));
        assertThat(listed()).containsExactly("000420", "000300");
        assertThat(vm.headingProperty().get()).isEqualTo("Mandated reporter (every 3 years) as of 2025-10-01,"
                + " building 0230: 2 staff, 0 done, 0 in grace period, 1 missing, 1 overdue");
    }
}
