package org.policydesk.pdf.layout;

/** The page size and the text column, in points (1/72 inch). */
public record PageFrame(float width, float height, float left, float right, float top, float bottom) {

    /** US Letter with one-inch margins. */
    public static PageFrame letter() {
        return new PageFrame(612, 792, 72, 72, 72, 72);
    }

    public float columnWidth() {
        return width - left - right;
    }

    public float bodyHeight() {
        return height - top - bottom;
    }

    public float bodyTop() {
        return height - top;
    }
}
