package org.policydesk.pdf.layout;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text set in one font and style at {@code x} from the line's start; {@code width} in points. */
public record Fragment(String text, PDFont font, Style style, float x, float width) {
}
