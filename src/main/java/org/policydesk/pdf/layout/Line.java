package org.policydesk.pdf.layout;

import java.util.List;

/**
 * One set line: fragments placed from {@code indent}, the tallest style's ascent and the line's height
 * (leading included), and the footnotes its markers refer to.
 */
public record Line(List<Fragment> fragments, float indent, float width, float ascent, float height,
                   List<Footnote> notes) {
    public Line {
        fragments = List.copyOf(fragments);
        notes = List.copyOf(notes);
    }

    /** The line's text, as a reader (or a text extractor) sees it. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        fragments.forEach(f -> sb.append(f.text()));
        return sb.toString();
    }
}
