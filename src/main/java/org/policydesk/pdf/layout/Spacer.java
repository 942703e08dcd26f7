package org.policydesk.pdf.layout;

/** Empty vertical space that is kept even at the top of a page (unlike a group's space before). */
public record Spacer(float height) implements Row {
    @Override
    public void draw(PageCanvas canvas, float x, float top) {
        // Nothing to draw.
    }
}
