package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.policydesk.model.SourceFormat;

/**
 * Plain text (and Word text) as evidence lines: indent in columns, Markdown headings and whole-line bold, list
 * labels, and a paragraph start after each blank line. The text itself is kept verbatim for storing.
 */
public final class PlainTextLines {

    private PlainTextLines() {
    }

    public static ReadDocument read(String fileName, SourceFormat format, String text) {
        List<LineEvidence> lines = new ArrayList<>();
        boolean afterBlank = true;
        int page = 0;
        for (SourceLine line : LineSplitter.split(text)) {
            if (line.raw().indexOf('\f') >= 0) {
                page++;
            }
            String c = line.content().replace("\f", "").trim();
            if (c.isEmpty()) {
                afterBlank = true;
                continue;
            }
            lines.add(evidence(c, page, line.indent(), afterBlank));
            afterBlank = false;
        }
        return new ReadDocument(fileName, format, lines, Map.of(), List.of(), "", text, 0);
    }

    /**
     * A line another reader found (a PDF's), with its list label split off the way text lines get theirs.
     */
    public static LineEvidence laidOut(String text, int page, float indent, float fontSize, boolean bold,
                                       boolean paragraphStart) {
        Optional<ListLabel> label = ListLabel.of(text);
        return label.map(l -> new LineEvidence(l.rest(), page, indent, fontSize, bold, 0, l.label(), true))
                .orElseGet(() -> new LineEvidence(text, page, indent, fontSize, bold, 0, null, paragraphStart));
    }

    private static LineEvidence evidence(String c, int page, int indent, boolean paragraphStart) {
        int level = 0;
        boolean bold = false;
        String t = c;
        Matcher md = HeaderLines.MARKDOWN_HEADING.matcher(t);
        if (md.matches()) {
            level = (int) c.chars().takeWhile(ch -> ch == '#').count();
            t = md.group(1);
        }
        Matcher b = HeaderLines.WHOLE_BOLD.matcher(t);
        if (b.matches()) {
            bold = true;
            t = b.group(1).trim();
        }
        String marker = null;
        Optional<ListLabel> label = ListLabel.of(t);
        if (label.isPresent() && level == 0) {
            marker = label.get().label();
            t = label.get().rest();
        }
        return new LineEvidence(Texts.collapseSpaces(Texts.unmark(t)), page, indent, 0, bold, level, marker,
                paragraphStart);
    }
}
