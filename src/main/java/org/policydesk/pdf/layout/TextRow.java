package org.policydesk.pdf.layout;

import java.util.List;

/**
 * A set line as a row, with an optional label hung in the indent (a list number, a footnote number).
 *
 * @param labelIndent where the label starts, from the column's left edge
 */
public record TextRow(Line line, Line label, float labelIndent) implements Row {

    public TextRow(Line line) {
        this(line, null, 0);
    }

    @Override
    public float height() {
        return line.height();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) {
        float baseline = top - line.ascent();
        if (label != null) {
            canvas.line(label, x + labelIndent, baseline);
        }
        canvas.line(line, x + line.indent(), baseline);
    }

    @Override
    public List<Footnote> notes() {
        return line.notes();
    }
}
