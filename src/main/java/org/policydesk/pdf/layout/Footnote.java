package org.policydesk.pdf.layout;

import java.util.List;

/**
 * A note set at the foot of the page where it is first referred to. {@code key} identifies it within the
 * document, so a marker referring to it twice on a page sets it once. A note too tall for what is left of
 * its page is cut between lines; the rest ({@code continued}) is set first at the foot of the next page.
 */
public record Footnote(String key, List<Row> rows, boolean continued) {
    public Footnote {
        rows = List.copyOf(rows);
    }

    public Footnote(String key, List<Row> rows) {
        this(key, rows, false);
    }

    public float height() {
        float h = 0;
        for (Row row : rows) {
            h += row.height();
        }
        return h;
    }
}
