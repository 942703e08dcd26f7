package org.policydesk.text;

import java.util.List;

/**
 * Writes evidence lines back as policy text in the plain layout the PRESS parser reads: a blank line between
 * paragraphs and around headings, list items one per line, and a line that continues a paragraph (also
 * across a page break) right under it, so the parser joins them again.
 */
final class EvidenceText {

    private EvidenceText() {
    }

    static String render(List<LineEvidence> lines) {
        StringBuilder out = new StringBuilder(lines.size() * 80);
        LineEvidence previous = null;
        for (LineEvidence l : lines) {
            if (previous != null) {
                out.append(separator(previous, l));
            }
            out.append(l.written());
            previous = l;
        }
        return out.append('\n').toString();
    }

    private static String separator(LineEvidence previous, LineEvidence l) {
        boolean heading = l.headingLevel() > 0 || previous.headingLevel() > 0;
        if (heading) {
            return "\n\n";
        }
        if (l.listMarker() != null) {
            return previous.listMarker() != null || !previous.paragraphStart() && inList(previous) ? "\n" : "\n\n";
        }
        return l.paragraphStart() ? "\n\n" : "\n";
    }

    /** A list item's continuation line: the parser keeps it in the item when no blank line follows. */
    private static boolean inList(LineEvidence l) {
        return l.indent() > 0;
    }
}
