package org.policydesk.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** One page after breaking: rows with their tops (from the column's top, downwards), footnotes, anchors. */
public final class LaidOutPage {

    /** A row placed {@code offset} points below the column's top. */
    public record Placed(Row row, float offset) {
    }

    /** An anchor that starts {@code offset} points below the column's top. */
    public record PlacedAnchor(Anchor anchor, float offset) {
    }

    final List<Placed> rows = new ArrayList<>();
    final List<Footnote> notes = new ArrayList<>();
    final List<PlacedAnchor> anchors = new ArrayList<>();
    String runningHeader;
    float used;
    float notesHeight;

    public List<Placed> rows() {
        return rows;
    }

    public List<Footnote> notes() {
        return notes;
    }

    public List<PlacedAnchor> anchors() {
        return anchors;
    }

    /** The header text for this page, or null. */
    public String runningHeader() {
        return runningHeader;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
