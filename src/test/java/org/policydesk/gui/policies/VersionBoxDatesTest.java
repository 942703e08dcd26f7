package org.policydesk.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.gui.common.DocumentFormats;
import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.testing.PolicyTexts;

/**
 * The version list names each version by the date that matters for its status, on a real store: an adopted
 * version by the board's vote (from the app's adoption, or the "Adopted:" line of an imported text), never by the
 * day it was imported; a draft by the day it was made; a version in committee by the day it went there.
 */
class VersionBoxDatesTest {

    private static final String ADOPTED_TEXT = PolicyTexts.ADOPTED_2_110;

    @TempDir
    Path store;

    @Test
    void adoptedVersionsShowTheBoardVoteAndOpenOnesWhenTheyWereMadeOrMoved() {
        try (Workspace workspace = Workspaces.open(store)) {
            long policyId = workspace.policies().importText("2-110.txt", ADOPTED_TEXT).version().policyId();
            String today = DocumentFormats.date(PartialDate.of(LocalDate.now(ZoneId.systemDefault())));

            List<String> imported = labels(workspace, policyId);
            assertThat(imported).containsExactly("Version 1 · Adopted June 21, 2023");

            long draft = workspace.library().newDraft(policyId).id();
            workspace.library().changeStatus(draft, VersionStatus.COMMITTEE);
            assertThat(labels(workspace, policyId)).containsExactly("Version 1 · Adopted June 21, 2023",
                    "Version 2 · Committee since " + today);

            workspace.library().adopt(draft, LocalDate.of(2026, 11, 17), AdoptionOutcome.AS_PRESENTED, false);
            long next = workspace.library().newDraft(policyId).id();
            assertThat(labels(workspace, policyId)).containsExactly(
                    "Version 1 · Superseded · adopted June 21, 2023",
                    "Version 2 · Adopted November 17, 2026",
                    "Version 3 · Draft created " + today);

            workspace.library().discard(next);
            assertThat(labels(workspace, policyId)).last().isEqualTo("Version 3 · Discarded on " + today);
        }
    }

    @Test
    void anAdoptedTextWithoutAnyDateSaysSoRatherThanShowingTheImportDay() {
        try (Workspace workspace = Workspaces.open(store)) {
            long policyId = workspace.policies().importText("2-110.txt",
                    ADOPTED_TEXT.replace("Adopted: June 21, 2023\n", "")).version().policyId();
            assertThat(labels(workspace, policyId)).containsExactly("Version 1 · Adopted (adoption date not recorded)");
        }
    }

    private static List<String> labels(Workspace workspace, long policyId) {
        PolicyDetail detail = workspace.policies().policy(policyId, null).orElseThrow();
        return detail.versions().stream().map(v -> DocumentFormats.version(v, detail.dating(v))).toList();
    }
}
