package org.policydesk.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.issues.IssuesViewModel;
import org.policydesk.gui.references.ReferencesViewModel;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The PRESS issues, References and Search places without a robot, on a real store with the sample district. */
class LibraryPlacesViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @BeforeEach
    void open() {
        workspace = Workspaces.open(dir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theIssueViewListsIssue117WithItsPolicyAndMovesSelectedDraftsInBulk() {
        int[] changed = {0};
        IssuesViewModel vm = new IssuesViewModel(workspace.library(), tasks, () -> changed[0]++);
        vm.refresh();

        assertThat(vm.issues()).extracting(i -> i.issue()).containsExactly(117);
        assertThat(vm.policies()).singleElement().satisfies(p -> {
            assertThat(p.number()).hasToString("5:125");
            assertThat(p.comments()).hasSize(2);
        });
        vm.showRedline(vm.policies().get(0));
        assertThat(vm.redlineProperty().get().hasChanges()).isTrue();

        vm.move(vm.policies(), VersionStatus.FIRST_READING);

        assertThat(vm.policies().get(0).version().status()).isEqualTo(VersionStatus.FIRST_READING);
        assertThat(changed[0]).isEqualTo(1);
        assertThat(tasks.messageProperty().get()).isEqualTo("1 policy moved to First reading.");
    }

    @Test
    void referencesAnswerCitationsAndPolicyNumbersAndListBrokenCrossRefs() {
        ReferencesViewModel vm = new ReferencesViewModel(workspace.library(), tasks);
        vm.refresh();
        assertThat(vm.broken()).extracting(ReferenceHit::named).contains("6:235").doesNotContain("5:125");

        vm.ask("820 ILCS 55/10");
        assertThat(vm.foundTitleProperty().get()).isEqualTo("1 policy cites 820 ILCS 55/10 in its LEGAL REF");
        vm.ask("5.125");
        assertThat(vm.foundTitleProperty().get()).isEqualTo("No policy refers to 5:125");
    }

    @Test
    void searchAsYouTypeShowsHighlightedHits() {
        SearchViewModel vm = new SearchViewModel(workspace.library(), tasks);

        vm.queryProperty().set("smartwatch");

        assertThat(vm.hits()).singleElement().satisfies(h -> assertThat(h.highlights()).isNotEmpty());
        assertThat(vm.summaryProperty().get()).isEqualTo("1 policy");
        vm.queryProperty().set("smartwatch zebra");
        assertThat(vm.hits()).isEmpty();
    }
}
