package org.policydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.policydesk.gui.app.MainView;
import org.policydesk.model.RedlineReport;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * The in-app redline keeps the bold and italic of the text next to its change marks, like the packet's redline:
 * two versions stored in a real store, compared by the library service and drawn by the redline view.
 */
@ExtendWith(ApplicationExtension.class)
class RedlineEmphasisViewTest {

    private static final String HEAD = "Document Status: Draft Update\n\nSchool Board\n\n2:110 Qualifications\n\n";

    @TempDir
    Path store;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void boldAndItalicWordsStayBoldAndItalicBesideTheInsertionAndDeletionMarks(FxRobot robot) throws Exception {
        RedlineReport report;
        try (Workspace workspace = Workspaces.open(store)) {
            long policyId = workspace.policies().importText("older.txt", HEAD
                    + "The **Board** shall *review* this policy under *former rules*.\n").version().policyId();
            workspace.policies().importText("newer.txt", HEAD
                    + "The **Board** shall *review* this policy every **two** years.\n");
            report = workspace.library().redline(policyId, 1, 2);
        }
        RedlineView view = new RedlineView();
        robot.interact(() -> {
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            Scene scene = new Scene(scroll, 900, 500);
            scene.getStylesheets().add(MainView.class.getResource(Styles.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.show(report);
        });

        Text board = text(robot, "Board");
        assertThat(board.getStyleClass()).contains(Styles.RUN_BOLD).doesNotContain(Styles.REDLINE_INSERTED,
                Styles.REDLINE_DELETED);
        assertThat(isBold(board.getFont())).as("shared bold word drawn bold").isTrue();

        Text review = text(robot, "review");
        assertThat(review.getStyleClass()).contains(Styles.RUN_ITALIC);
        assertThat(isItalic(review.getFont())).as("shared italic word drawn italic").isTrue();

        Text two = text(robot, "two");
        assertThat(two.getStyleClass()).contains(Styles.REDLINE_INSERTED, Styles.RUN_BOLD);
        assertThat(two.isUnderline()).as("inserted: underlined").isTrue();
        assertThat(isBold(two.getFont())).as("inserted bold word drawn bold").isTrue();

        Text former = text(robot, "former");
        assertThat(former.getStyleClass()).contains(Styles.REDLINE_DELETED, Styles.RUN_ITALIC);
        assertThat(former.isStrikethrough()).as("deleted: struck through").isTrue();
        assertThat(isItalic(former.getFont())).as("deleted italic words drawn italic").isTrue();

        Text shall = robot.lookup((Text t) -> t.getText().contains("shall")).queryAs(Text.class);
        assertThat(isBold(shall.getFont()) || isItalic(shall.getFont())).as("plain words stay plain").isFalse();
    }

    private static Text text(FxRobot robot, String exactly) {
        List<Text> found = robot.lookup((Text t) -> t.getText().equals(exactly)).queryAllAs(Text.class).stream().toList();
        assertThat(found).as("one piece of text reading “%s” among %s", exactly,
                robot.lookup((Text t) -> true).queryAllAs(Text.class).stream().map(Text::getText).toList()).hasSize(1);
        return found.get(0);
    }

    private static boolean isBold(Font font) {
        return font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
    }

    private static boolean isItalic(Font font) {
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        return style.contains("italic") || style.contains("oblique");
    }
}
