package org.policydesk.gui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import org.policydesk.model.Block;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.LegalRef;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PressComment;
import org.policydesk.model.Run;

/**
 * A policy laid out for reading: header, body from the parsed blocks, then references, history and the
 * PRESSPlus comments as footnotes numbered like the raised markers in the text.
 */
public final class PolicyDocumentView extends VBox {
    /** Hanging indent per list level, in pixels. */
    private static final double INDENT = 26;
    private static final String LIST_LABEL_MIN_WIDTH = "2.2em";

    private final Predicate<PolicyNumber> inStore;
    private final Consumer<PolicyNumber> openPolicy;

    /** The paragraph a {@code continuation} block carries on. */
    private TextFlow lastParagraph;

    public PolicyDocumentView(Predicate<PolicyNumber> inStore, Consumer<PolicyNumber> openPolicy) {
        this.inStore = inStore;
        this.openPolicy = openPolicy;
        getStyleClass().add(Styles.DOCUMENT);
        setFillWidth(true);
    }

    public void show(PolicyDetail detail) {
        getChildren().clear();
        lastParagraph = null;
        if (detail == null) {
            return;
        }
        PolicyDocument doc = detail.document();
        addHeader(detail, doc);
        for (Block block : doc.blocks()) {
            addBlock(block, doc);
        }
        addLegalRefs(doc.legalRefs());
        addCrossRefs(doc.crossRefs());
        addHistory(doc.history());
        addFootnotes(doc.comments());
    }

    private void addHeader(PolicyDetail detail, PolicyDocument doc) {
        // The workflow decides what the reader is told: an adopted text may still carry "Draft Update".
        String status = detail.shown().status().isOpen() && doc.statusLabel() != null ? doc.statusLabel()
                : detail.shown().status().label();
        Label statusLabel = styled(new Label(status), Styles.DOC_STATUS);
        String section = doc.section() != null ? doc.section() : detail.summary().section();
        HBox line = new HBox(12, statusLabel);
        line.setAlignment(Pos.CENTER_LEFT);
        if (section != null && !section.isBlank()) {
            line.getChildren().add(styled(new Label(section), Styles.DOC_SECTION));
        }
        String number = doc.policyNumber().map(PolicyNumber::toString).orElse(detail.summary().displayNumber());
        String title = doc.title() != null && !doc.title().isBlank() ? doc.title() : detail.summary().title();
        getChildren().addAll(line, flow(Styles.DOC_TITLE, new Text(number + "  " + title)));
    }

    private void addBlock(Block block, PolicyDocument doc) {
        switch (block.kind()) {
            case HEADING -> {
                lastParagraph = null;
                getChildren().add(flow(Styles.DOC_HEADING, runs(block, doc)));
            }
            case PARAGRAPH -> addParagraph(block, doc);
            case LIST_ITEM -> addListItem(block, doc);
            // Header, references, history and comments are drawn from the parsed lists; furniture is noise.
            default -> {
            }
        }
    }

    private void addParagraph(Block block, PolicyDocument doc) {
        if (block.continuation() && lastParagraph != null) {
            lastParagraph.getChildren().add(new Text(" "));
            lastParagraph.getChildren().addAll(runs(block, doc));
            return;
        }
        lastParagraph = flow(Styles.DOC_PARAGRAPH, runs(block, doc));
        getChildren().add(lastParagraph);
    }

    private void addListItem(Block block, PolicyDocument doc) {
        Label label = styled(new Label(block.label()), Styles.DOC_LIST_LABEL);
        label.setStyle("-fx-min-width: " + LIST_LABEL_MIN_WIDTH + ";");
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextFlow text = flow(Styles.DOC_PARAGRAPH, runs(block, doc));
        HBox item = styled(new HBox(6, label, text), Styles.DOC_LIST_ITEM);
        HBox.setHgrow(text, Priority.ALWAYS);
        item.setPadding(new javafx.geometry.Insets(0, 0, 0, INDENT * (1 + block.level())));
        getChildren().add(item);
        // A continuation of a list item after a page break goes on in the same flow.
        lastParagraph = text;
    }

    private List<Node> runs(Block block, PolicyDocument doc) {
        List<Run> runs = block.runs().isEmpty() && !block.text().isEmpty() ? List.of(Run.plain(block.text()))
                : block.runs();
        return runs.stream().map(run -> runNode(run, doc)).toList();
    }

    private Node runNode(Run run, PolicyDocument doc) {
        Text text = new Text(run.text());
        switch (run.style()) {
            case BOLD -> text.getStyleClass().add(Styles.RUN_BOLD);
            case ITALIC -> text.getStyleClass().add(Styles.RUN_ITALIC);
            case BOLD_ITALIC -> text.getStyleClass().addAll(Styles.RUN_BOLD, Styles.RUN_ITALIC);
            case LINK -> text.getStyleClass().add(Styles.RUN_LINK);
            case MARKER -> {
                text.getStyleClass().add(Styles.MARKER);
                String comment = doc.comment(run.marker()).map(PressComment::text)
                        .orElse("PRESSPlus comment " + run.marker());
                install(text, comment);
            }
            case PLAIN -> {
            }
        }
        return text;
    }

    private void addLegalRefs(List<LegalRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        addRefHeading("Legal references");
        for (LegalRef ref : refs) {
            getChildren().add(flow(Styles.DOC_REF, new Text(ref.text())));
        }
    }

    private void addCrossRefs(List<CrossRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        addRefHeading("Cross references");
        for (CrossRef ref : refs) {
            Node number;
            if (inStore.test(ref.number())) {
                Hyperlink link = new Hyperlink(ref.number().toString());
                link.setOnAction(e -> openPolicy.accept(ref.number()));
                install(link, "Open " + ref.number());
                number = link;
            } else {
                Text plain = styled(new Text(ref.number().toString()), Styles.DOC_REF_MISSING);
                install(plain, ref.number() + " is not in the store");
                number = plain;
            }
            String title = ref.title() == null || ref.title().isBlank() ? "" : "  " + ref.title();
            getChildren().add(flow(Styles.DOC_REF, number, new Text(title)));
        }
    }

    private void addHistory(List<HistoryEntry> history) {
        if (history.isEmpty()) {
            return;
        }
        addRefHeading("History");
        String text = String.join("   ·   ", history.stream().map(DocumentFormats::history).toList());
        getChildren().add(flow(Styles.DOC_HISTORY, new Text(text)));
    }

    private void addFootnotes(List<PressComment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        VBox notes = styled(new VBox(6), Styles.DOC_FOOTNOTES);
        notes.getChildren().add(new Separator());
        notes.getChildren().add(styled(new Label("PRESSPlus comments"), Styles.DOC_REF_HEADING));
        for (PressComment c : comments) {
            Text number = styled(new Text(c.n() + ". "), Styles.DOC_FOOTNOTE_NUMBER);
            notes.getChildren().add(flow(Styles.DOC_FOOTNOTE, number, new Text(c.text())));
        }
        getChildren().add(notes);
    }

    private void addRefHeading(String text) {
        lastParagraph = null;
        getChildren().add(styled(new Label(text), Styles.DOC_REF_HEADING));
    }

    private static TextFlow flow(String styleClass, Node... nodes) {
        return flow(styleClass, List.of(nodes));
    }

    private static TextFlow flow(String styleClass, List<Node> nodes) {
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(nodes);
        flow.getStyleClass().add(styleClass);
        // Let the flow wrap to the column instead of demanding its one-line width.
        flow.setMinWidth(0);
        flow.setPrefWidth(0);
        return flow;
    }

    private static void install(Node node, String tip) {
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(node, tooltip);
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
