package org.policydesk.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.library.DraftAlreadyOpenException;

/** The reader's library actions without a robot: background work runs on the test thread, on a real store. */
class VersionActionsViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private final BackgroundTasks tasks = BackgroundTasks.sameThread();
    private MainViewModel main;
    private VersionActionsViewModel actions;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(dir);
        main = new MainViewModel(workspace.policies(), tasks);
        actions = new VersionActionsViewModel(workspace.library(), main, tasks);
        main.refresh(null);
        main.select(main.visiblePolicies().get(0));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anOpenDraftCanBeMovedAlongAndTheReaderFollows() {
        assertThat(actions.openProperty().get()).isTrue();

        actions.move(VersionStatus.COMMITTEE);

        assertThat(main.detailProperty().get().shown().status()).isEqualTo(VersionStatus.COMMITTEE);
        assertThat(main.visiblePolicies().get(0).status()).isEqualTo(VersionStatus.COMMITTEE);
        assertThat(tasks.messageProperty().get()).isEqualTo("5:125 version 2 is now at Committee.");
    }

    @Test
    void adoptingShowsTheStampedTextAndMakesTheReaderReadOnly() {
        actions.adopt(LocalDate.of(2026, 11, 17), AdoptionOutcome.AS_PRESENTED, false);

        var shown = main.detailProperty().get();
        assertThat(shown.shown().status()).isEqualTo(VersionStatus.ADOPTED);
        assertThat(shown.document().history()).extracting(h -> h.kind()).contains(HistoryKind.AMENDED);
        assertThat(actions.openProperty().get()).isFalse();
        assertThat(shown.versions()).extracting(PolicyVersion::status)
                .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.ADOPTED);
    }

    @Test
    void aNewDraftWhileOneIsOpenOffersTheOpenOneAndOpeningItShowsIt() {
        PolicyVersion[] opened = new PolicyVersion[1];
        DraftAlreadyOpenException[] offered = new DraftAlreadyOpenException[1];
        main.showVersion(main.versions().get(0));

        actions.newDraft(v -> opened[0] = v, refusal -> offered[0] = refusal);

        assertThat(opened[0]).isNull();
        assertThat(offered[0].openDraft().seq()).isEqualTo(2);
        actions.openDraft(offered[0].openDraft(), v -> opened[0] = v);
        assertThat(opened[0].seq()).isEqualTo(2);
        assertThat(main.detailProperty().get().shown().seq()).isEqualTo(2);
    }

    @Test
    void aNewDraftIsShownAndHandedToTheEditorAndARefusalIsShownAsAMessage() {
        PolicyVersion[] opened = new PolicyVersion[1];
        actions.discard();
        actions.newDraft(v -> opened[0] = v, refusal -> { });

        assertThat(opened[0].seq()).isEqualTo(3);
        assertThat(main.detailProperty().get().shown().seq()).isEqualTo(3);

        main.showVersion(main.versions().get(0));
        actions.move(VersionStatus.COMMITTEE);
        assertThat(tasks.messageProperty().get())
                .isEqualTo("Policy 5:125 version 1 is Adopted and cannot move to Committee; start a new draft instead.");
    }
}
