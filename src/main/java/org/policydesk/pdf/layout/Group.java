package org.policydesk.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows that belong together, usually one paragraph: the page breaker keeps at least {@code orphans} of
 * them at the foot of a page and {@code widows} at the head of the next; a heading keeps with the start
 * of what follows it.
 */
public final class Group {

    final List<Row> rows;
    float spaceBefore;
    float spaceAfter;
    boolean keepWithNext;
    boolean keepTogether;
    boolean newPage;
    int orphans = 2;
    int widows = 2;
    Row repeatedHeader;
    String runningHeader;
    final List<Anchor> anchors = new ArrayList<>();

    public Group(List<? extends Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Group of(Row... rows) {
        return new Group(List.of(rows));
    }

    public Group spaceBefore(float points) {
        this.spaceBefore = points;
        return this;
    }

    public Group spaceAfter(float points) {
        this.spaceAfter = points;
        return this;
    }

    /** Keeps this group on the page where the next group starts (headings). */
    public Group keepWithNext() {
        this.keepWithNext = true;
        return this;
    }

    /** Never splits this group across pages unless it is taller than a page. */
    public Group keepTogether() {
        this.keepTogether = true;
        return this;
    }

    /** Starts this group on a new page. */
    public Group newPage() {
        this.newPage = true;
        return this;
    }

    /** A row (a table's header) set again at the top of each page the group continues on. */
    public Group repeatOnEachPage(Row header) {
        this.repeatedHeader = header;
        return this;
    }

    /** The page header text from the page where this group starts on. */
    public Group runningHeader(String text) {
        this.runningHeader = text;
        return this;
    }

    public Group anchor(Anchor anchor) {
        anchors.add(anchor);
        return this;
    }

    public List<Row> rows() {
        return rows;
    }

    float height(int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += rows.get(i).height();
        }
        return h;
    }
}
