package org.policydesk.text;

import java.util.Objects;

/**
 * One line of a document as a reader saw it, with the evidence the recogniser weighs: where it stands, how it
 * is set and what it opens. Readers fill what their format knows; the rest keeps its "unknown" value.
 *
 * @param text          the line's words, spaces collapsed, never null
 * @param page          1-based page for a PDF, 0 when the format has no pages
 * @param indent        left edge: points for a PDF, columns for text, list depth for HTML
 * @param fontSize      points (PDF), a nominal size for HTML headings, 0 when unknown
 * @param bold          set in a bold face (or inside strong/b)
 * @param headingLevel  1-6 for an HTML/Markdown heading, 0 when not one
 * @param listMarker    the bullet or label that opens a list item, or null
 * @param paragraphStart the line begins a new paragraph (a gap above it, or a new HTML block)
 */
public record LineEvidence(String text, int page, float indent, float fontSize, boolean bold, int headingLevel,
                           String listMarker, boolean paragraphStart) {

    public LineEvidence {
        Objects.requireNonNull(text);
    }

    /** A plain line with no layout evidence. */
    public static LineEvidence plain(String text, boolean paragraphStart) {
        return new LineEvidence(text, 0, 0, 0, false, 0, null, paragraphStart);
    }

    public LineEvidence withText(String newText) {
        return new LineEvidence(newText, page, indent, fontSize, bold, headingLevel, listMarker, paragraphStart);
    }

    public LineEvidence startingParagraph() {
        return new LineEvidence(text, page, indent, fontSize, bold, headingLevel, listMarker, true);
    }

    /** The line as text, with its list marker back in front. */
    public String written() {
        return listMarker == null || text.startsWith(listMarker) ? text : listMarker + " " + text;
    }
}
