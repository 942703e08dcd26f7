package org.policydesk.pdf.layout;

import java.util.List;

/** The unit the page breaker places: a line of text, a table row, a rule. A page break never splits a row. */
public interface Row {

    float height();

    /** Draws the row with its top-left corner at ({@code x}, {@code top}) in PDF user space. */
    void draw(PageCanvas canvas, float x, float top);

    /** Footnotes that must sit on the page this row is placed on. */
    default List<Footnote> notes() {
        return List.of();
    }
}
