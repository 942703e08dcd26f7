package org.policydesk.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The Training screen's view model: a type's policies are shown, edited, and start every new session's list. */
class TrainingTypePoliciesViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private BackgroundTasks tasks;
    private TrainingViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(dir.resolve("store")); // the sample district brings 5:125
        workspace.policies().importText("6-235.txt", "6:235 Access to Electronic Networks\n\nText.\n");
        tasks = BackgroundTasks.sameThread();
        vm = new TrainingViewModel(workspace.training(), workspace.rosters(), tasks);
        vm.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewTypesPoliciesFillTheSessionFormAndAreSavedWithTheSession() throws Exception {
        vm.newTypeNameProperty().set("Annual policy awareness");
        vm.newTypePoliciesProperty().set("6:235 5:125");
        vm.createType();

        assertThat(workspace.training().types()).filteredOn(t -> t.name().equals("Annual policy awareness"))
                .singleElement().satisfies(t -> assertThat(t.describePolicies()).isEqualTo("5:125, 6:235"));
        assertThat(vm.newTypePoliciesProperty().get()).isEmpty();
        assertThat(vm.typePoliciesProperty().get()).isEqualTo("5:125, 6:235");
        assertThat(vm.sessionPoliciesProperty().get()).isEqualTo("5:125, 6:235");

        vm.sessionDateProperty().set(LocalDate.of(2025, 8, 20));
        vm.createSession();
        assertThat(workspace.training().sessions("Annual policy awareness")).singleElement()
                .satisfies(s -> assertThat(s.policies()).containsExactly(PolicyNumber.parse("5:125"),
                        PolicyNumber.parse("6:235")));
        // The form is ready for the next session of the same training.
        assertThat(vm.sessionPoliciesProperty().get()).isEqualTo("5:125, 6:235");
    }

    @Test
    void theChosenTypesPoliciesAreEditedAndABadNumberIsNamed() throws Exception {
        workspace.training().saveType("Mandated reporter", Recurrence.EVERY_N_YEARS, 3, 30, List.of());
        workspace.training().saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30,
                List.of(PolicyNumber.parse("5:125")));
        vm.refresh();
        vm.selectedTypeProperty().set(vm.types().stream().filter(t -> t.name().equals("Annual policy awareness")).findFirst()
                .orElseThrow());
        assertThat(vm.typePoliciesProperty().get()).isEqualTo("5:125");

        vm.typePoliciesProperty().set("5:125, 6-235x");
        vm.saveTypePolicies();
        assertThat(tasks.messageProperty().get())
                .isEqualTo("\"6-235x\" is not a policy number (expected a form like 5:125).");
        assertThat(workspace.training().types()).filteredOn(t -> t.name().equals("Annual policy awareness")).singleElement()
                .satisfies(t -> assertThat(t.describePolicies()).isEqualTo("5:125"));

        vm.typePoliciesProperty().set("5:125, 6:235");
        vm.saveTypePolicies();
        assertThat(tasks.messageProperty().get()).isEqualTo("Annual policy awareness now covers 5:125, 6:235.");
        assertThat(vm.selectedTypeProperty().get().describePolicies()).isEqualTo("5:125, 6:235");
        assertThat(vm.sessionPoliciesProperty().get()).isEqualTo("5:125, 6:235");

        vm.typePoliciesProperty().set("9:999");
        vm.saveTypePolicies();
        assertThat(tasks.messageProperty().get()).isEqualTo("There is no policy 9:999 in the store.");

        // Choosing another type shows its (empty) list in the editor and the session form.
        vm.selectedTypeProperty().set(vm.types().stream().filter(t -> t.name().startsWith("Mandated")).findFirst()
                .orElseThrow());
        assertThat(vm.typePoliciesProperty().get()).isEmpty();
        assertThat(vm.sessionPoliciesProperty().get()).isEmpty();
    }
}
