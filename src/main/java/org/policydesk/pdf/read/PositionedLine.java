package org.policydesk.pdf.read;

/**
 * One printed line of a PDF page as PDFBox placed it.
 *
 * @param top      distance of the line's baseline from the top of the page, in points
 * @param left     left edge of its first glyph, in points
 * @param height   the page's height, so a line's band (top, bottom) can be judged
 */
record PositionedLine(String text, int page, float top, float left, float fontSize, boolean bold, float height) {

    boolean inTopBand() {
        return top < 0.12f * height;
    }

    boolean inBottomBand() {
        return top > 0.88f * height;
    }

    boolean inMargin() {
        return inTopBand() || inBottomBand();
    }

    /** The line with its digits masked, so "Page 2 of 9" and "Page 3 of 9" count as the same running line. */
    String shape() {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
    }
}
