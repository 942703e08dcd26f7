package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.policydesk.gui.common.Styles;
import org.policydesk.gui.editor.DraftEditorViewModel;
import org.policydesk.gui.testing.AppUnderTest;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;

/**
 * The library end to end in the real window on a new store: a new draft of 5:125, edited with the preview
 * following, adopted with a vote date; the reader shows the stamped "Amended:" line and the redline the change.
 */
class LibraryWindowTest {

    @TempDir
    Path store;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FxRobot robot = app.robot();

    @Test
    void draftFrom5_125EditedAdoptedWithADateThenRedlinedAndStamped() throws Exception {
        app.startOnOwnStage(store).waitForPolicies();
        Node row = robot.lookup((TableRow<?> r) -> r.isVisible() && r.getItem() instanceof PolicySummary s
                && s.displayNumber().equals("5:125")).query();
        robot.clickOn(row);
        waitUntil(() -> robot.lookup("#newDraft").tryQuery().map(Node::isVisible).orElse(false));

        // While the Issue 117 draft is open, New draft offers that draft instead of starting a parallel copy.
        robot.clickOn("#newDraft");
        waitUntil(() -> buttonNamed("Open version 2").isPresent());
        robot.clickOn(buttonNamed("Cancel").orElseThrow());
        // Set it aside; then a new draft from the adopted text opens in the editor.
        robot.clickOn("#discardDraft");
        waitUntil(() -> buttonNamed("OK").isPresent());
        robot.clickOn(buttonNamed("OK").orElseThrow());
        waitUntil(() -> !robot.lookup("#discardDraft").queryAs(Button.class).isVisible());
        robot.clickOn("#newDraft");
        waitUntil(() -> robot.lookup("#draftText").tryQuery().isPresent());
        TextArea area = robot.lookup("#draftText").queryAs(TextArea.class);
        assertThat(area.getText()).contains("Document Status: Adopted (sample)").doesNotContain("Tik Tok");

        // Typing changes the preview.
        robot.interact(() -> area.positionCaret(area.getText().indexOf("The District recognizes")));
        robot.clickOn(area);
        robot.interact(() -> area.positionCaret(area.getText().indexOf("The District recognizes")));
        robot.write("Smart glasses count. ");
        waitUntil(() -> !texts(t -> t.getText().contains("Smart glasses count.")
                && isInside(t, "draftPreview")).isEmpty());
        robot.clickOn("#saveDraft");
        waitUntil(() -> robot.lookup("#saveState").queryAs(Label.class).getText()
                .equals(DraftEditorViewModel.SAVED));

        // Adopt it with the board's vote date.
        robot.interact(() -> robot.lookup("#navigation").queryAs(Navigation.class).show("Policies"));
        waitUntil(() -> robot.lookup("#adoptDraft").queryAs(Button.class).isVisible()
                && !texts(t -> t.getText().contains("Smart glasses count.") && isInside(t, "documentScroll")).isEmpty());
        robot.clickOn("#adoptDraft");
        waitUntil(() -> robot.lookup("#voteDate").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#voteDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 17)));
        robot.clickOn((Button) robot.lookup((Node n) -> n instanceof Button b && "Adopt".equals(b.getText())).query());

        waitUntil(() -> !texts(t -> t.getText().contains("Amended: November 17, 2026")
                && isInside(t, "documentScroll")).isEmpty());
        assertThat(robot.lookup("#adoptDraft").queryAs(Button.class).isVisible()).isFalse();

        // The redline of the adopted text against the one it superseded marks the typed words and the stamp.
        robot.clickOn("#showRedline");
        waitUntil(() -> robot.lookup("#redlineFrom").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<PolicyVersion> from = robot.lookup("#redlineFrom").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<PolicyVersion> to = robot.lookup("#redlineTo").queryAs(ComboBox.class);
        waitUntil(() -> from.getItems().size() == 3);
        robot.interact(() -> {
            from.setValue(from.getItems().get(0));
            to.setValue(to.getItems().stream().filter(v -> v.status() == VersionStatus.ADOPTED).findFirst().orElseThrow());
        });
        waitUntil(() -> !texts(t -> t.getStyleClass().contains(Styles.REDLINE_INSERTED)
                && t.getText().contains("Smart glasses")).isEmpty());
        assertThat(texts(t -> t.getStyleClass().contains(Styles.REDLINE_INSERTED) && t.getText().contains("Amended")))
                .isNotEmpty();
    }

    private java.util.Optional<Button> buttonNamed(String text) {
        return robot.lookup((Node n) -> n instanceof Button b && b.isVisible() && text.equals(b.getText()))
                .tryQueryAs(Button.class);
    }

    @Test
    void undoStillWorksAfterTheDraftsTabWasClosedAndOpenedAgain() throws Exception {
        app.startOnOwnStage(store).waitForPolicies();
        Node row = robot.lookup((TableRow<?> r) -> r.isVisible() && r.getItem() instanceof PolicySummary s
                && s.displayNumber().equals("5:125")).query();
        robot.clickOn(row);
        waitUntil(() -> robot.lookup("#editDraft").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#editDraft");
        waitUntil(() -> robot.lookup("#draftText").tryQuery().isPresent());
        TextArea area = robot.lookup("#draftText").queryAs(TextArea.class);
        String original = area.getText();
        int at = original.indexOf("The District recognizes");
        robot.clickOn(area);
        robot.interact(() -> area.positionCaret(at));
        robot.write("Quokkas count. ");
        waitUntil(() -> area.getText().contains("Quokkas count. The District recognizes"));
        robot.clickOn("#saveDraft");
        waitUntil(() -> robot.lookup("#saveState").queryAs(Label.class).getText().equals(DraftEditorViewModel.SAVED));

        // Close the draft's tab as the user does, with its close button, and open the draft again.
        Node tabHeader = robot.lookup((Node n) -> n.getStyleClass().contains("tab")
                && n.lookup(".tab-close-button") != null && n.lookup(".tab-close-button").isVisible()).query();
        robot.clickOn(tabHeader.lookup(".tab-close-button"));
        waitUntil(() -> robot.lookup("#draftText").tryQuery().isEmpty());
        robot.interact(() -> robot.lookup("#navigation").queryAs(Navigation.class).show("Policies"));
        robot.clickOn("#editDraft");
        waitUntil(() -> robot.lookup("#draftText").tryQuery().isPresent());
        TextArea reopened = robot.lookup("#draftText").queryAs(TextArea.class);
        assertThat(reopened.getText()).contains("Quokkas count.");
        assertThat(reopened.isUndoable()).isTrue();

        // Ctrl+Z takes the typing back, as if the tab had never closed.
        robot.clickOn(reopened);
        for (int i = 0; i < 20 && reopened.getText().contains("Quokka"); i++) {
            robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        }
        assertThat(reopened.getText()).isEqualTo(original);
        waitUntil(() -> robot.lookup("#saveState").queryAs(Label.class).getText().equals(DraftEditorViewModel.SAVED));
    }

    private static boolean isInside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private Set<Text> texts(Predicate<Text> test) {
        return robot.lookup((Node n) -> n instanceof Text t && test.test(t)).queryAllAs(Text.class);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(60, condition);
    }
}
