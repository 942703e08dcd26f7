package org.policydesk.pdf.layout;

/**
 * A table-of-contents entry: its text, dot leaders and the page number its anchor landed on (known only
 * after page breaking, so read from the canvas when drawn), with a link over the whole entry.
 */
public record LeaderRow(Line line, String anchorKey, float width, Style numberStyle) implements Row {

    @Override
    public float height() {
        return line.height();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) {
        float baseline = top - line.ascent();
        canvas.line(line, x + line.indent(), baseline);
        String number = Integer.toString(canvas.pageOf(anchorKey));
        FontSet fonts = canvas.fonts();
        float size = numberStyle.size();
        float numberWidth = fonts.width(number, numberStyle.face(), size);
        float dotWidth = fonts.width(" .", numberStyle.face(), size);
        float start = x + line.indent() + line.width() + 4;
        float end = x + width - numberWidth - 4;
        int dots = (int) Math.floor((end - start) / dotWidth);
        if (dots > 0) {
            canvas.text(" .".repeat(dots), numberStyle.face(), size, 0x808080, end - dots * dotWidth, baseline);
        }
        canvas.text(number, numberStyle.face(), size, numberStyle.rgb(), x + width - numberWidth, baseline);
        canvas.link(x, baseline - size * 0.25f, width, line.height(), anchorKey);
    }
}
