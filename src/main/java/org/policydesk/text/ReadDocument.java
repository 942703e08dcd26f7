package org.policydesk.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.policydesk.model.SourceFormat;

/**
 * What a reader made of a file, in the same shape for every format: the lines with their evidence, plus what
 * the page says about the policy outside its text.
 *
 * @param fileName     the file's name, for messages and the source of each policy
 * @param format       the file's format
 * @param lines        the content lines in reading order, furniture and navigation already left out
 * @param fields       label/value pairs the page states (a board portal's Code, Title, Section, Adopted…),
 *                     keys lower-case as written ("code", "last revised")
 * @param breadcrumb   the trail of links above the content, outermost first (may name the section)
 * @param pageTitle    the page's own title (HTML title, PDF Title), or empty
 * @param verbatimText the text exactly as stored when the file is itself text, else null
 * @param bodyFontSize the size most of the text is set in, 0 when unknown
 */
public record ReadDocument(String fileName, SourceFormat format, List<LineEvidence> lines, Map<String, String> fields,
                           List<String> breadcrumb, String pageTitle, String verbatimText, float bodyFontSize) {

    public ReadDocument {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(format);
        lines = List.copyOf(lines);
        fields = Map.copyOf(fields);
        breadcrumb = List.copyOf(breadcrumb);
        pageTitle = pageTitle == null ? "" : pageTitle;
    }

    public ReadDocument withLines(List<LineEvidence> newLines) {
        return new ReadDocument(fileName, format, newLines, fields, breadcrumb, pageTitle, verbatimText, bodyFontSize);
    }
}
