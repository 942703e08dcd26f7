package org.policydesk.pdf.layout;

/** A horizontal hairline across {@code width}. */
public record Rule(float width, float thickness, int rgb) implements Row {
    @Override
    public float height() {
        return thickness;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) {
        canvas.rect(x, top - thickness, width, thickness, rgb);
    }
}
