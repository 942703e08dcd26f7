package org.policydesk.pdf.layout;

import java.util.List;

/**
 * A note set at the foot of the page where it is first referred to. {@code key} identifies it within the
 * document, so a marker referring to it twice on a page sets it once.
 */
public record Footnote(String key, List<Row> rows) {
    public Footnote {
        rows = List.copyOf(rows);
    }

    public float height() {
        float h = 0;
        for (Row row : rows) {
            h += row.height();
        }
        return h;
    }
}
