package org.policydesk.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** The draft editor's behaviour without a robot, on a real store with the sample district. */
class DraftEditorViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private PolicyVersion draft;
    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @BeforeEach
    void open() {
        workspace = Workspaces.open(dir);
        draft = workspace.library().resolve(PolicyNumber.parse("5:125"), null, true);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private DraftEditorViewModel editor() {
        DraftEditorViewModel vm = new DraftEditorViewModel(workspace.library(), tasks, draft.id());
        vm.load();
        return vm;
    }

    @Test
    void anAutosavedDraftReopensWithItsTextAndWhereTheCaretWas() {
        DraftEditorViewModel vm = editor();
        String edited = vm.text().replace("Introduction", "Introduction and Purpose");
        vm.edited(edited, 321);
        assertThat(vm.saveStateProperty().get()).isEqualTo(DraftEditorViewModel.UNSAVED);

        vm.autosave();

        assertThat(vm.saveStateProperty().get()).isEqualTo(DraftEditorViewModel.SAVED);
        DraftEditorViewModel reopened = editor();
        assertThat(reopened.loadedProperty().get().text()).isEqualTo(edited);
        assertThat(reopened.loadedProperty().get().caret()).isEqualTo(321);
    }

    @Test
    void thePreviewAndTheChecksFollowTheText() {
        DraftEditorViewModel vm = editor();
        assertThat(vm.previewProperty().get().document().title())
                .isEqualTo("Personal Technology and Social Media; Usage and Conduct");

        String edited = vm.text().replace("5:125 Personal Technology and Social Media; Usage and Conduct",
                        "5:127 Personal Devices").replace("CROSS REF.: 4:165", "CROSS REF.: 4:165, 9:999 (Made Up)")
                .replace("PRESSPlus2 and", "PRESSPlus3 and");
        vm.edited(edited, 0);
        vm.refreshPreview();

        assertThat(vm.previewProperty().get().document().title()).isEqualTo("Personal Devices");
        assertThat(vm.findings()).extracting(DraftFinding::message).contains(
                "5:127 looks like a local policy number: local numbers end in 2, 4, 6 or 8 (PRESS uses 0 and 5)",
                "CROSS REF 9:999 names a policy that is not in the store",
                "Marker PRESSPlus3 has no PRESSPlus comment 3",
                "PRESSPlus comment 2 has no PRESSPlus2 marker in the text");
        assertThat(vm.findings()).filteredOn(f -> f.message().startsWith("CROSS REF 9:999"))
                .allSatisfy(f -> assertThat(f.line()).isPositive());
    }

    @Test
    void editingACommentChangesTheEditorsTextNotTheStoreUntilSaved() {
        DraftEditorViewModel vm = editor();
        String[] applied = new String[1];

        vm.editComment(1, "Added Tik Tok.", 118, java.time.YearMonth.of(2025, 3), t -> applied[0] = t);

        assertThat(applied[0]).contains("PRESSPlus 1. Added Tik Tok. **Issue 118, March 2025**");
        assertThat(workspace.library().openDraft(draft.id()).text()).isEqualTo(draft.sourceText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bold around a word          | a word here | 2 | 6 | ** | a **word** here | 4 | 8
            italic around a word        | a word here | 2 | 6 | *  | a *word* here   | 3 | 7
            bold taken off again        | a **word** here | 4 | 8 | ** | a word here | 2 | 6
            """)
    void boldAndItalicWrapOrUnwrapTheSelection(String what, String text, int start, int end, String mark,
                                              String expected, int selStart, int selEnd) {
        DraftEditorViewModel.Edit edit = DraftEditorViewModel.toggle(text, start, end, mark.strip());

        assertThat(edit.text()).isEqualTo(expected);
        assertThat(edit.selectionStart()).isEqualTo(selStart);
        assertThat(edit.selectionEnd()).isEqualTo(selEnd);
    }

    @Test
    void findWrapsAroundAndReplaceAllCountsItsReplacements() {
        String text = "District staff. The district shall. DISTRICT.";
        assertThat(DraftEditorViewModel.find(text, "district", 10, false)).isEqualTo(20);
        assertThat(DraftEditorViewModel.find(text, "District", 10, true)).isEqualTo(0);
        DraftEditorViewModel.Replaced r = DraftEditorViewModel.replaceAll(text, "district", "School District", false);
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.text()).isEqualTo("School District staff. The School District shall. School District.");
        assertThat(DraftEditorViewModel.lineStart("a\nbb\nccc", 3)).isEqualTo(5);
    }
}
