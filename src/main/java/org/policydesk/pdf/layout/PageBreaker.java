package org.policydesk.pdf.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Fills pages with groups of rows. Rules, in order: a group asking for a new page gets one; a heading
 * (keep-with-next) moves to the next page unless it and the first lines of what follows fit; a paragraph
 * leaves at least {@code orphans} lines at the foot of a page and {@code widows} at the head of the next,
 * where it has enough lines to do so; a row's footnotes go on the row's page, so the row moves on when
 * they do not fit. Space before a group is dropped at the top of a page. Nothing runs past the foot of a
 * page: a row taller than a page is cut between its lines where it can be ({@link SplittableRow}), and a
 * footnote taller than the room left is cut between lines and continued at the foot of the next page.
 */
public final class PageBreaker {

    /** Space between the text and the footnotes, where the short rule is drawn. */
    public static final float NOTE_SEPARATOR = 14f;

    private final float bodyHeight;
    private final List<LaidOutPage> pages = new ArrayList<>();
    private final Set<String> placedNotes = new HashSet<>();
    /** The rest of a cut footnote, set first at the foot of the next page. */
    private final List<Footnote> carried = new ArrayList<>();
    private LaidOutPage page;
    private String header;

    public PageBreaker(float bodyHeight) {
        this.bodyHeight = bodyHeight;
    }

    /**
     * Breaks the groups into pages.
     *
     * @param cancelled polled between groups; when it answers true, breaking stops with
     *                  {@link java.util.concurrent.CancellationException}
     */
    public List<LaidOutPage> paginate(List<Group> groups, BooleanSupplier cancelled) {
        newPage();
        for (int g = 0; g < groups.size(); g++) {
            if ((g & 63) == 0 && cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled while breaking pages");
            }
            place(groups.get(g), groups, g);
        }
        flushCarried();
        return pages;
    }

    private void place(Group group, List<Group> groups, int index) {
        if (group.runningHeader != null) {
            header = group.runningHeader;
        }
        if (group.newPage && !page.isEmpty()) {
            newPage();
        }
        if (page.isEmpty()) {
            page.runningHeader = header;
        }
        List<Row> rows = group.rows;
        int n = rows.size();
        float space = page.isEmpty() ? 0 : group.spaceBefore;
        if (!page.isEmpty()) {
            boolean move;
            if (group.keepWithNext) {
                move = !fits(space + group.height(0, n) + followingStart(groups, index + 1), notesOf(group, 0, n));
            } else if (group.keepTogether && group.height(0, n) <= bodyHeight) {
                move = !fits(space + group.height(0, n), notesOf(group, 0, n));
            } else {
                int first = Math.min(group.orphans, n);
                move = !fits(space + group.height(0, first), notesOf(group, 0, first));
            }
            if (move && !startsWithRowTallerThanAPage(group)) {
                newPage();
                space = 0;
            }
        }
        page.used += space;
        for (Anchor anchor : group.anchors) {
            page.anchors.add(new LaidOutPage.PlacedAnchor(anchor, page.used));
        }
        float headerHeight = group.repeatedHeader == null ? 0 : group.repeatedHeader.height();
        int at = 0;
        while (at < n) {
            int fit = rowsThatFit(rows, at);
            int end = at + fit;
            boolean cut = false;
            if (end < n && rows.get(end) instanceof SplittableRow tall
                    && tall.height() > bodyHeight - headerHeight + 0.01f) {
                // Taller than any page: fill what is left of this one and continue on the next.
                Row[] parts = tall.split(bodyHeight - page.used - page.notesHeight - heightOf(rows, at, end));
                if (parts != null) {
                    if (rows == group.rows) {
                        rows = new ArrayList<>(group.rows);
                    }
                    rows.set(end, parts[0]);
                    rows.add(end + 1, parts[1]);
                    n++;
                    end++;
                    cut = true;
                }
            }
            if (end < n && !cut) {
                if (n - end < group.widows) {
                    end = Math.max(at, n - group.widows); // No lone last line at the head of the next page.
                }
                if (end - at < group.orphans && at == 0 && !page.isEmpty()) {
                    end = at; // No lone first line at the foot of this one: the whole paragraph moves on.
                }
            }
            if (end == at && page.isEmpty() && page.notes.isEmpty()) {
                end = at + 1; // A row taller than the page that cannot be cut: set it anyway rather than loop.
            }
            for (int i = at; i < end; i++) {
                put(rows.get(i));
            }
            at = end;
            if (at < n) {
                newPage();
                if (group.repeatedHeader != null && at > 0) {
                    put(group.repeatedHeader);
                }
            }
        }
        page.used += group.spaceAfter;
    }

    /** A table row taller than a page is cut to fill this page, so it need not start on a fresh one. */
    private boolean startsWithRowTallerThanAPage(Group group) {
        if (group.rows.isEmpty()) {
            return false;
        }
        float header = group.repeatedHeader == null ? 0 : group.repeatedHeader.height();
        int first = group.repeatedHeader == group.rows.get(0) && group.rows.size() > 1 ? 1 : 0;
        Row row = group.rows.get(first);
        return row instanceof SplittableRow && row.height() > bodyHeight - header + 0.01f;
    }

    private static float heightOf(List<Row> rows, int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += rows.get(i).height();
        }
        return h;
    }

    /** Height of the start of the following groups that a heading must keep with. */
    private float followingStart(List<Group> groups, int from) {
        float h = 0;
        for (int g = from; g < groups.size(); g++) {
            Group next = groups.get(g);
            if (next.newPage) {
                break;
            }
            int k = next.keepWithNext ? next.rows.size() : Math.min(next.orphans, next.rows.size());
            h += next.spaceBefore + next.height(0, k);
            if (!next.keepWithNext) {
                break;
            }
        }
        return h;
    }

    private int rowsThatFit(List<Row> rows, int from) {
        float used = page.used;
        float notes = page.notesHeight;
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (int i = from; i < rows.size(); i++) {
            Row row = rows.get(i);
            float newNotes = 0;
            for (Footnote note : row.notes()) {
                if (!placedNotes.contains(note.key()) && seen.add(note.key())) {
                    newNotes += note.height() + (notes + newNotes == 0 ? NOTE_SEPARATOR : 0);
                }
            }
            if (used + row.height() + notes + newNotes > bodyHeight + 0.01f) {
                break;
            }
            used += row.height();
            notes += newNotes;
            count++;
        }
        return count;
    }

    private List<Footnote> notesOf(Group group, int from, int to) {
        List<Footnote> notes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            notes.addAll(group.rows.get(i).notes());
        }
        return notes;
    }

    private boolean fits(float height, List<Footnote> notes) {
        float extra = 0;
        Set<String> seen = new HashSet<>();
        for (Footnote note : notes) {
            if (!placedNotes.contains(note.key()) && seen.add(note.key())) {
                extra += note.height() + (page.notesHeight + extra == 0 ? NOTE_SEPARATOR : 0);
            }
        }
        return page.used + height + page.notesHeight + extra <= bodyHeight + 0.01f;
    }

    private void put(Row row) {
        page.rows.add(new LaidOutPage.Placed(row, page.used));
        page.used += row.height();
        for (Footnote note : row.notes()) {
            if (placedNotes.add(note.key())) {
                addNote(note);
            }
        }
    }

    /** Sets a note at the foot of this page; what does not fit goes on to the next page's foot. */
    private void addNote(Footnote note) {
        float separator = page.notes.isEmpty() ? NOTE_SEPARATOR : 0;
        float room = bodyHeight - page.used - page.notesHeight - separator;
        float height = note.height();
        if (height > room + 0.01f) {
            List<Row> rows = note.rows();
            int k = 0;
            float h = 0;
            while (k < rows.size() && h + rows.get(k).height() <= room + 0.01f) {
                h += rows.get(k).height();
                k++;
            }
            if (k == 0 && !page.notes.isEmpty()) {
                carried.add(note); // Not one line fits under the other notes: it starts on the next page.
                return;
            }
            k = Math.max(k, 1);
            if (k < rows.size()) {
                carried.add(new Footnote(note.key(), rows.subList(k, rows.size()), true));
                note = new Footnote(note.key(), rows.subList(0, k), note.continued());
                height = note.height();
            }
        }
        page.notesHeight += height + separator;
        page.notes.add(note);
    }

    private void newPage() {
        page = new LaidOutPage();
        page.runningHeader = header;
        pages.add(page);
        if (!carried.isEmpty()) {
            List<Footnote> notes = new ArrayList<>(carried);
            carried.clear();
            for (Footnote note : notes) {
                addNote(note);
            }
        }
    }

    /** Pages with footnotes still to set (a long note near the end) get a page of their own to finish on. */
    private void flushCarried() {
        while (!carried.isEmpty()) {
            newPage();
        }
    }
}
