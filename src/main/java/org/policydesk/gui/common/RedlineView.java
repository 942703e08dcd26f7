package org.policydesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.policydesk.model.PressComment;
import org.policydesk.model.RedlineReport;
import org.policydesk.model.RedlineRun;
import org.policydesk.model.RedlineSegment;

/**
 * A redline drawn for reading: one row per line of the text, deleted words struck through in red, inserted
 * words underlined in green, bold and italic kept from the text each word comes from, and beside each changed
 * line the PRESSPlus comments whose markers it holds.
 */
public final class RedlineView extends VBox {
    private static final Pattern MARKER = Pattern.compile("PRESSPlus(\\d{1,3})(?!\\d)");

    public RedlineView() {
        getStyleClass().add(Styles.REDLINE);
        setFillWidth(true);
    }

    public void show(RedlineReport report) {
        getChildren().clear();
        if (report == null) {
            return;
        }
        Label heading = new Label((report.number() == null ? "" : report.number() + "  ") + report.title());
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label pair = new Label("Version " + report.from().seq() + " (" + report.from().status().label() + ")  →  Version "
                + report.to().seq() + " (" + report.to().status().label() + ")"
                + (report.hasChanges() ? "" : "  ·  no changes"));
        pair.getStyleClass().add(Styles.READ_ONLY_NOTE);
        Text ins = styled(new Text("inserted"), Styles.REDLINE_INSERTED);
        Text del = styled(new Text("deleted"), Styles.REDLINE_DELETED);
        TextFlow legend = new TextFlow(ins, new Text("   "), del);
        getChildren().addAll(heading, pair, legend);

        List<Node> line = new ArrayList<>();
        StringBuilder lineText = new StringBuilder();
        boolean changed = false;
        for (RedlineRun run : report.runs()) {
            String[] parts = run.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    addLine(line, lineText.toString(), changed, report.comments());
                    line = new ArrayList<>();
                    lineText.setLength(0);
                    changed = false;
                }
                if (!parts[i].isEmpty()) {
                    line.add(text(run, parts[i]));
                    lineText.append(parts[i]);
                    changed |= run.change() != RedlineSegment.Change.SAME;
                }
            }
        }
        addLine(line, lineText.toString(), changed, report.comments());
    }

    private void addLine(List<Node> nodes, String text, boolean changed, List<PressComment> comments) {
        if (nodes.isEmpty()) {
            return;
        }
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(nodes);
        flow.setMinWidth(0);
        flow.setPrefWidth(0);
        HBox row = new HBox(16, flow);
        row.getStyleClass().add(Styles.REDLINE_LINE);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(flow, Priority.ALWAYS);
        if (changed) {
            TreeSet<Integer> markers = new TreeSet<>();
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                markers.add(Integer.parseInt(m.group(1)));
            }
            VBox notes = new VBox(4);
            notes.setMinWidth(240);
            notes.setMaxWidth(240);
            for (int n : markers) {
                comments.stream().filter(c -> c.n() == n).findFirst().ifPresent(c -> {
                    Label note = new Label("PRESSPlus " + n + ". " + c.text());
                    note.setWrapText(true);
                    note.getStyleClass().add(Styles.REDLINE_COMMENT);
                    notes.getChildren().add(note);
                });
            }
            if (!notes.getChildren().isEmpty()) {
                row.getChildren().add(notes);
            }
        }
        getChildren().add(row);
    }

    /** One piece of a line: its change mark, and the bold or italic of the text it comes from. */
    private static Text text(RedlineRun run, String s) {
        Text t = new Text(s);
        if (run.change() == RedlineSegment.Change.INSERTED) {
            t.getStyleClass().add(Styles.REDLINE_INSERTED);
        } else if (run.change() == RedlineSegment.Change.DELETED) {
            t.getStyleClass().add(Styles.REDLINE_DELETED);
        }
        switch (run.style()) {
            case BOLD -> t.getStyleClass().add(Styles.RUN_BOLD);
            case ITALIC -> t.getStyleClass().add(Styles.RUN_ITALIC);
            case BOLD_ITALIC -> t.getStyleClass().addAll(Styles.RUN_BOLD, Styles.RUN_ITALIC);
            default -> {
            }
        }
        return t;
    }

    private static <T extends Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }
}
