package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.SearchHit;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The library on a real store holding the sample district: 5:125 adopted (v1) and its Issue 117 draft (v2). */
class DefaultLibraryServiceTest {

    private static final PolicyNumber P5_125 = PolicyNumber.parse("5:125");

    @TempDir
    Path dir;
    private Workspace workspace;
    private LibraryService library;
    private PolicyService policies;
    private long policyId;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(dir.resolve("store"));
        library = workspace.library();
        policies = workspace.policies();
        policyId = policies.findPolicy(P5_125).orElseThrow().summary().id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PolicyVersion v(int seq) {
        return library.resolve(P5_125, seq, false);
    }

    @Test
    void adoptingTheDraftStampsTheAmendedLineSupersedesTheOldTextAndRecordsTheVote() {
        PolicyVersion draft = library.resolve(P5_125, null, true);
        assertThat(draft.seq()).isEqualTo(2);

        PolicyVersion adopted = library.adopt(draft.id(), LocalDate.of(2026, 11, 17), AdoptionOutcome.WITH_EDITS, false);

        assertThat(adopted.status()).isEqualTo(VersionStatus.ADOPTED);
        assertThat(adopted.sourceText()).contains("Adopted: June 21, 2023; Amended: November 17, 2026");
        assertThat(v(1).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(v(1).sourceText()).doesNotContain("Amended");
        assertThat(library.events(policyId)).anySatisfy(e -> {
            assertThat(e.to()).isEqualTo(VersionStatus.ADOPTED);
            assertThat(e.voteDate()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(e.note()).contains("with district edits");
        });
        assertThat(library.parse(adopted.sourceText()).history()).anySatisfy(h ->
                assertThat(h.kind()).isEqualTo(HistoryKind.AMENDED));
    }

    @Test
    void adoptedTextIsReadOnlyAndCannotMoveBackIntoTheWorkflow() {
        PolicyVersion adopted = v(1);
        assertThatThrownBy(() -> library.saveDraft(adopted.id(), "changed", 0))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("Policy 5:125 version 1 is Adopted and its text cannot be changed; start a new draft instead.");
        assertThatThrownBy(() -> library.changeStatus(adopted.id(), VersionStatus.COMMITTEE))
                .hasMessageContaining("start a new draft instead");
        assertThat(v(1).sourceText()).isEqualTo(adopted.sourceText());
    }

    @ParameterizedTest(name = "{0} → {1} refused")
    @CsvSource(textBlock = """
            FIRST_READING, DRAFT,         'is at First reading and cannot go back to Draft'
            FIRST_READING, ADOPTED,       'Adopting needs the board''s vote date'
            NOT_ADOPTED,   COMMITTEE,     'is Not adopted and cannot move to Committee'
            COMMITTEE,     SUPERSEDED,    'superseded only when a newer one is adopted'
            """)
    void illegalMovesAreRefusedWithAMessageThatSaysWhy(VersionStatus first, VersionStatus then, String message) {
        long id = v(2).id();
        library.changeStatus(id, first);

        assertThatThrownBy(() -> library.changeStatus(id, then)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining(message);
        assertThat(v(2).status()).isEqualTo(first);
    }

    @Test
    void theDraftMovesThroughCommitteeAndFirstReadingAndCanBeHeld() {
        long id = v(2).id();
        assertThat(library.changeStatus(id, VersionStatus.COMMITTEE).status()).isEqualTo(VersionStatus.COMMITTEE);
        assertThat(library.changeStatus(id, VersionStatus.FIRST_READING).status()).isEqualTo(VersionStatus.FIRST_READING);
        assertThat(library.changeStatus(id, VersionStatus.HELD).status()).isEqualTo(VersionStatus.HELD);
        assertThat(library.events(policyId)).extracting(e -> e.to()).containsSubsequence(
                VersionStatus.COMMITTEE, VersionStatus.FIRST_READING, VersionStatus.HELD);
    }

    @Test
    void aNewDraftStartsFromTheAdoptedTextAndADiscardedDraftStaysViewable() {
        library.discard(v(2).id());
        PolicyVersion draft = library.newDraft(policyId);

        assertThat(draft.seq()).isEqualTo(3);
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.sourceText()).isEqualTo(v(1).sourceText());

        library.discard(draft.id());
        assertThat(v(3).status()).isEqualTo(VersionStatus.DISCARDED);
        assertThat(policies.policy(policyId, 3).orElseThrow().shown().sourceText()).isEqualTo(v(1).sourceText());
        assertThatThrownBy(() -> library.saveDraft(draft.id(), "x", 0)).isInstanceOf(WorkflowException.class);
    }

    @Test
    void savingADraftKeepsTextAndCaretAndRederivesItsReferences() {
        PolicyVersion draft = v(2);
        String edited = draft.sourceText().replace("CROSS REF.: 4:165", "CROSS REF.: 9:999 (Made Up), 4:165");

        library.saveDraft(draft.id(), edited, 1234);

        var reopened = library.openDraft(draft.id());
        assertThat(reopened.text()).isEqualTo(edited);
        assertThat(reopened.caret()).isEqualTo(1234);
        assertThat(library.brokenCrossRefs()).extracting(ReferenceHit::named).contains("9:999");
        assertThat(library.check(edited)).extracting(DraftFinding::message)
                .contains("CROSS REF 9:999 names a policy that is not in the store");
    }

    @Test
    void editingACommentRewritesItsWordingIssueAndMonth() {
        PolicyVersion draft = v(2);

        PolicyVersion edited = library.editComment(draft.id(), 2, "Added smartwatches.", 118, YearMonth.of(2025, 4));

        assertThat(edited.sourceText()).contains("PRESSPlus 2. Added smartwatches. **Issue 118, April 2025**")
                .contains("PRESSPlus 1. Updated for continuous improvement. **Issue 117, October 2024**");
        var comment = library.parse(edited.sourceText()).comment(2).orElseThrow();
        assertThat(comment.issue()).isEqualTo(118);
        assertThat(comment.issued()).isEqualTo(YearMonth.of(2025, 4));
    }

    @Test
    void theDefaultRedlineIsTheDraftAgainstTheAdoptedTextAndAnyTwoVersionsCanBeCompared() {
        var redline = library.redline(policyId, null, null);

        assertThat(redline.from().seq()).isEqualTo(1);
        assertThat(redline.to().seq()).isEqualTo(2);
        assertThat(redline.segments()).filteredOn(s -> s.change() == RedlineSegment.Change.INSERTED)
                .extracting(RedlineSegment::text).anySatisfy(t -> assertThat(t).contains("Tik"));
        assertThat(redline.comments()).hasSize(2);

        var backwards = library.redline(policyId, 2, 1);
        assertThat(backwards.segments()).filteredOn(s -> s.change() == RedlineSegment.Change.DELETED)
                .extracting(RedlineSegment::text).anySatisfy(t -> assertThat(t).contains("Tik"));
        assertThatThrownBy(() -> library.redline(policyId, 7, null)).hasMessageContaining("has no version 7");
    }

    @Test
    void laterSectionsOfAChapterAndCodeCitationsWithoutTheSectionSignAreFoundAndGroupedByStatute() throws Exception {
        policies.importText("7-340.txt", "7:340 Student Records\n\nBody.\n\nLEGAL REF.: 105 ILCS 5/10-20.5, "
                + "5/10-22.4 and 5/24-12.\n\n20 U.S.C. 1232g.\n\nGoss v. Lopez, 419 U.S. 565 (1975).\n");

        assertThat(library.cites("105 ILCS 5/10-22.4")).extracting(h -> h.policy().toString()).containsExactly("7:340");
        assertThat(library.cites("105 ILCS 5/24-12")).extracting(h -> h.policy().toString()).containsExactly("7:340");
        assertThat(library.cites("20 U.S.C. § 1232g")).extracting(h -> h.policy().toString()).containsExactly("7:340");
        assertThat(library.cites("Goss v. Lopez")).extracting(h -> h.policy().toString()).containsExactly("7:340");
        assertThat(library.citationsByStatute()).filteredOn(g -> g.statute().equals("105 ILCS 5")).singleElement()
                .satisfies(g -> assertThat(g.hits()).extracting(ReferenceHit::named)
                        .contains("105 ILCS 5/10-20.5", "105 ILCS 5/10-22.4", "105 ILCS 5/24-12"));
        assertThat(library.citationsByStatute()).extracting(g -> g.statute()).contains("20 U.S.C.", "Cases");
    }

    @Test
    void referencesAnswerWhoCitesAStatuteAndWhoRefersToAPolicy() throws Exception {
        policies.importText("5-120.txt", "5:120 Employee Ethics\n\nBody.\n\nLEGAL REF.: 820 ILCS 55/100, Other Act.\n\n"
                + "CROSS REF.: 5:125 (Personal Technology and Social Media)\n");

        assertThat(library.cites("820 ILCS 55/10")).extracting(h -> h.policy().toString()).containsExactly("5:125");
        assertThat(library.cites("820  ilcs 55/100")).extracting(h -> h.policy().toString()).containsExactly("5:120");
        assertThat(library.refersTo(P5_125)).extracting(h -> h.policy().toString()).containsExactly("5:120");
        assertThat(library.brokenCrossRefs()).extracting(ReferenceHit::named).contains("4:165", "6:235")
                .doesNotContain("5:125", "5:120");
    }

    @Test
    void searchFindsEveryWordByPrefixAndMarksTheHits() {
        List<SearchHit> hits = library.search("smartwatch facebook", 10);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.number()).isEqualTo(P5_125);
            assertThat(hit.highlights()).isNotEmpty();
            assertThat(hit.highlights()).allSatisfy(span -> assertThat(
                    hit.snippet().substring(span.start(), span.end()).toLowerCase())
                    .matches("smartwatch.*|facebook.*"));
            assertThat(hit.snippet()).contains("Discord, Tik Tok").doesNotContain("PRESSPlus");
        });
        assertThat(library.search("smartwatch zebra", 10)).isEmpty();
        assertThat(library.search("5.125", 10)).hasSize(1);
    }

    @Test
    void anIssueNumberGivenOnImportDoesNotRetagATextWhoseOwnCommentNamesAnotherIssue() throws Exception {
        String issue117 = v(2).sourceText();
        assertThat(v(2).pressIssue()).isEqualTo(117);
        library.discard(v(2).id());
        Path file = Files.writeString(dir.resolve("5-125.txt"), issue117.replace("smartwatch", "smart watch"));

        IssueImport result = library.importIssue(List.of(file), 118);

        assertThat(result.imported()).singleElement().satisfies(o -> assertThat(o.version().pressIssue()).isEqualTo(117));
        assertThat(result.warnings()).singleElement().asString()
                .contains("5-125.txt").contains("Issue 117").contains("118");
        assertThat(library.issue(118)).isEmpty();
    }

    @Test
    void importingAnIssueFolderMakesEveryPolicyADraftTiedToTheIssue() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("issue-118"));
        Files.writeString(folder.resolve("2-20.txt"), "Document Status: Adopted\n\n2:20 Powers and Duties\n\nText.\n\nAdopted: May 1, 2020\n");
        Files.writeString(folder.resolve("notes.pdf"), "%PDF");
        Files.writeString(folder.resolve("bad.txt"), "");

        IssueImport result = library.importIssue(List.of(folder), 118);

        assertThat(result.imported()).singleElement().satisfies(o -> {
            assertThat(o.version().status()).isEqualTo(VersionStatus.DRAFT);
            assertThat(o.version().pressIssue()).isEqualTo(118);
        });
        assertThat(result.failures()).containsExactly("bad.txt: the file is empty");
        assertThat(library.issue(118)).extracting(p -> p.number().toString()).containsExactly("2:20");
        assertThat(library.issues()).extracting(i -> i.issue()).contains(117, 118);
    }

    @Test
    void aVoteDateInTheFutureOrBefore1900IsRefusedAndNothingChanges() {
        PolicyVersion draft = v(2);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertThatThrownBy(() -> library.adopt(draft.id(), tomorrow, null, false))
                .hasMessageContaining("is in the future");
        assertThatThrownBy(() -> library.adopt(draft.id(), LocalDate.of(1899, 12, 31), null, false))
                .hasMessageContaining("before 1900");
        assertThat(v(2).status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v(1).status()).isEqualTo(VersionStatus.ADOPTED);
    }

    @Test
    void aSecondDraftIsRefusedWhileOneIsOpenAndTheRefusalNamesTheOpenOne() {
        assertThatThrownBy(() -> library.newDraft(policyId))
                .isInstanceOfSatisfying(DraftAlreadyOpenException.class, e -> {
                    assertThat(e.openDraft().seq()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("5:125").contains("version 2").contains("Draft");
                });
        assertThatThrownBy(() -> v(3)).hasMessageContaining("has no version 3");

        library.discard(v(2).id());
        assertThat(library.newDraft(policyId).seq()).isEqualTo(3);
    }

    @Test
    void aVoteDateBeforeTheLastAdoptionIsRefusedAndNothingChanges() {
        PolicyVersion draft = v(2);
        assertThatThrownBy(() -> library.adopt(draft.id(), LocalDate.of(2020, 1, 1), null, false))
                .hasMessage("The vote date January 1, 2020 is before the policy's last adoption or amendment (2023-06-21).");
        assertThat(v(2).status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v(1).status()).isEqualTo(VersionStatus.ADOPTED);
    }

    @Test
    void aHalfUnderstoodFileBecomesADraftFlaggedForReviewWithLineNumberedWarningsAndItsTextKept() throws Exception {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/variants/web-copy-5-130.txt")) {
            bytes = in.readAllBytes();
        }
        Path file = Files.write(dir.resolve("web-copy-5-130.txt"), bytes);

        var outcome = policies.importFile(file);

        assertThat(outcome.version().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(outcome.version().needsReview()).isTrue();
        assertThat(outcome.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.line()).isPositive());
        assertThat(policies.exportText(PolicyNumber.parse("5:130"), null).orElseThrow().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
}
