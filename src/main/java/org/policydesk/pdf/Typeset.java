package org.policydesk.pdf;

import java.util.ArrayList;
import java.util.List;

import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.FontSet;
import org.policydesk.pdf.layout.Footnote;
import org.policydesk.pdf.layout.Group;
import org.policydesk.pdf.layout.Line;
import org.policydesk.pdf.layout.LineBreaker;
import org.policydesk.pdf.layout.Row;
import org.policydesk.pdf.layout.Span;
import org.policydesk.pdf.layout.Style;
import org.policydesk.pdf.layout.TextRow;

/** The packet's type styles and the few ways it sets text: paragraphs, hanging lists, headings, footnotes. */
final class Typeset {

    static final float BODY_SIZE = 11f;
    static final Style BODY = Style.of(FontFace.REGULAR, BODY_SIZE);
    static final Style NOTE = Style.of(FontFace.REGULAR, 9f);
    static final Style SMALL = Style.of(FontFace.REGULAR, 9f);
    /** Insertions: underlined, in a dark blue that prints as a dark gray. */
    static final int INSERT_RGB = 0x1A4A8A;
    /** Deletions: struck through, in a dark red that prints as a mid gray. */
    static final int DELETE_RGB = 0xA02020;
    static final int GRAY = 0x595959;
    static final float LIST_STEP = 18f;
    static final float LABEL_GAP = 6f;

    private final FontSet fonts;
    private final LineBreaker breaker;
    private final float width;

    Typeset(FontSet fonts, float width) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.width = width;
    }

    float width() {
        return width;
    }

    FontSet fonts() {
        return fonts;
    }

    List<Line> lines(List<Span> spans, float measure, float indent) {
        return breaker.lines(spans, measure, indent);
    }

    Group paragraph(List<Span> spans) {
        return paragraph(spans, 0);
    }

    Group paragraph(List<Span> spans, float indent) {
        return new Group(rows(breaker.lines(spans, width, indent), null, 0)).spaceAfter(6);
    }

    Group text(String text, Style style) {
        return paragraph(List.of(new Span(text, style)));
    }

    /** A heading: kept with the first lines of what follows. */
    Group heading(String text, Style style) {
        return paragraph(List.of(new Span(text, style))).keepWithNext().spaceBefore(8).spaceAfter(4);
    }

    /**
     * A list item with a hanging indent: the label in the indent, every line of the text aligned after it.
     *
     * @param level 0 for the outer list
     */
    Group listItem(String label, List<Span> spans, int level, Style labelStyle) {
        float labelX = LIST_STEP * level;
        float labelWidth = fonts.width(label, labelStyle.face(), labelStyle.size());
        float textX = labelX + Math.max(LIST_STEP + 4, labelWidth + LABEL_GAP);
        List<Line> labelLines = breaker.lines(List.of(new Span(label, labelStyle)), width, 0);
        List<Line> lines = breaker.lines(spans, width, textX);
        return new Group(rows(lines, labelLines.isEmpty() ? null : labelLines.get(0), labelX)).spaceAfter(4);
    }

    /** A footnote: its number hung in the indent, the note in a smaller size. */
    Footnote footnote(String key, String number, List<Span> spans) {
        List<Line> label = breaker.lines(List.of(new Span(number, NOTE.raised())), width, 0);
        List<Line> lines = breaker.lines(spans, width, 14);
        return new Footnote(key, rows(lines, label.isEmpty() ? null : label.get(0), 2));
    }

    private static List<Row> rows(List<Line> lines, Line label, float labelIndent) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new TextRow(lines.get(i), i == 0 ? label : null, labelIndent));
        }
        if (rows.isEmpty() && label != null) {
            rows.add(new TextRow(label, null, labelIndent));
        }
        return rows;
    }
}
