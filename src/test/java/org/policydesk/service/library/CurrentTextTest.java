package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.SearchHit;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Search, the list filter's text and the reference checks all read a policy's current text: its latest open
 * draft, else its adopted version, and never a discarded or not-adopted one. Real store, real status moves.
 */
class CurrentTextTest {

    private static final PolicyNumber P6_100 = PolicyNumber.parse("6:100");
    private static final String ADOPTED = """
            Instruction

            6:100 Using Animals in the Educational Program

            Animals may be used in the classroom, such as the resident axolotl.

            LEGAL REF.: 105 ILCS 112/1, Humane Care for Animals Act.

            CROSS REF.: 6:10 (Educational Philosophy and Objectives)

            Adopted: May 1, 2020
            """;

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
        policies.importText("6-100.txt", ADOPTED);
        policyId = policies.findPolicy(P6_100).orElseThrow().summary().id();
        assertThat(library.resolve(P6_100, 1, false).status()).isEqualTo(VersionStatus.ADOPTED);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A new draft of 6:100 whose text mentions a quokka, cites a made-up act and refers to 6:999. */
    private PolicyVersion quokkaDraft() {
        PolicyVersion draft = library.newDraft(policyId);
        String text = draft.sourceText()
                .replace("resident axolotl", "resident quokka")
                .replace("105 ILCS 112/1, Humane Care for Animals Act.", "510 ILCS 70/3, Quokka Welfare Act.")
                .replace("CROSS REF.: 6:10 (Educational Philosophy and Objectives)", "CROSS REF.: 6:999 (Pets)");
        return library.saveDraft(draft.id(), text, 0);
    }

    private boolean searchFinds(String words) {
        return library.search(words, 10).stream().map(SearchHit::number).anyMatch(P6_100::equals);
    }

    private String filterText() {
        return policies.searchableText().getOrDefault(policyId, "");
    }

    @Test
    void anOpenDraftIsTheCurrentTextOverTheAdoptedOne() {
        quokkaDraft();

        assertThat(searchFinds("quokka")).isTrue();
        assertThat(searchFinds("axolotl")).isFalse();
        assertThat(filterText()).contains("quokka").doesNotContain("axolotl");
        assertThat(library.cites("510 ILCS 70/3")).extracting(ReferenceHit::versionSeq).containsExactly(2);
        assertThat(library.brokenCrossRefs()).extracting(ReferenceHit::named).contains("6:999");
    }

    @Test
    void aDiscardedDraftIsNeverCurrentSoTheAdoptedTextCountsAgain() {
        PolicyVersion draft = quokkaDraft();

        library.discard(draft.id());

        assertThat(searchFinds("quokka")).isFalse();
        assertThat(searchFinds("axolotl")).isTrue();
        assertThat(filterText()).contains("axolotl").doesNotContain("quokka");
        assertThat(library.cites("510 ILCS 70/3")).isEmpty();
        assertThat(library.cites("105 ILCS 112/1")).extracting(ReferenceHit::versionSeq).containsExactly(1);
        assertThat(library.brokenCrossRefs()).extracting(ReferenceHit::named).doesNotContain("6:999");
        assertThat(library.refersTo(PolicyNumber.parse("6:10"))).extracting(ReferenceHit::versionSeq).containsExactly(1);
    }

    @Test
    void aDraftTheBoardDidNotAdoptIsNotCurrentEither() {
        PolicyVersion draft = quokkaDraft();

        library.changeStatus(draft.id(), VersionStatus.NOT_ADOPTED);

        assertThat(searchFinds("quokka")).isFalse();
        assertThat(searchFinds("axolotl")).isTrue();
        assertThat(library.brokenCrossRefs()).extracting(ReferenceHit::named).doesNotContain("6:999");
    }

    @Test
    void aSecondDraftIsRefusedSoTheOpenOneStaysTheCurrentText() {
        PolicyVersion open = quokkaDraft();

        assertThatThrownBy(() -> library.newDraft(policyId)).isInstanceOf(DraftAlreadyOpenException.class);

        assertThat(searchFinds("quokka")).isTrue();
        assertThat(filterText()).contains("quokka");
        assertThat(policies.findPolicy(P6_100).orElseThrow().summary().status()).isEqualTo(open.status());
    }

    @Test
    void aDiscardedDraftGivesWayToTheTextInForceInSearchFilterAndList() {
        quokkaDraft();
        library.discard(library.resolve(P6_100, 2, false).id());

        assertThat(searchFinds("quokka")).isFalse();
        assertThat(filterText()).doesNotContain("quokka");
        assertThat(policies.findPolicy(P6_100).orElseThrow().summary().status()).isEqualTo(VersionStatus.ADOPTED);
    }

    @Test
    void onceTheDraftIsAdoptedItsTextIsCurrentAndTheOldTextIsNot() {
        PolicyVersion draft = quokkaDraft();

        library.adopt(draft.id(), LocalDate.of(2026, 11, 17), AdoptionOutcome.AS_PRESENTED, false);

        assertThat(searchFinds("quokka")).isTrue();
        assertThat(searchFinds("axolotl")).isFalse();
        assertThat(library.cites("105 ILCS 112/1")).isEmpty();
    }

    @Test
    void aPolicyWhoseOnlyTextWasDiscardedHasNoCurrentTextToSearchOrCheck() {
        policies.importText("7-999.txt", """
                Document Status: Draft Update

                7:999 Llama Rides

                Students may ride the llama during recess.

                CROSS REF.: 7:998 (Nowhere)
                """);
        PolicyVersion only = library.resolve(PolicyNumber.parse("7:999"), null, true);

        library.discard(only.id());

        assertThat(library.search("llama", 10)).isEmpty();
        assertThat(library.brokenCrossRefs()).extracting(ReferenceHit::named).doesNotContain("7:998");
        assertThat(policies.searchableText()).doesNotContainKey(only.policyId());
    }
}
