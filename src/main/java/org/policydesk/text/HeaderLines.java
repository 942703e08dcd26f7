package org.policydesk.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.PolicyNumber;

/**
 * Recognises the lines above a policy's body: the status label, the number with its title (number first, last
 * or alone), and the short section or running-header lines. Pure functions of one line, so the parser's state
 * machine stays about order, not patterns.
 */
final class HeaderLines {

    private static final Pattern STATUS = Pattern.compile("(?i)^(?:document\\s+)?status\\s*:\\s*(.+)$");
    private static final Pattern TITLE_NUMBER_FIRST = Pattern.compile(
            "(?i)^(?:(?:board\\s+)?policy\\s*(?:no\\.?|number|#)?\\s*)?"
            + "(\\d{1,2}\\s*[:.]\\s*\\d{1,4}(?:\\s*-\\s*(?:AP|E)\\d{0,2})?)(?![\\d:.])"
            + "\\s*(?:[-–—:|]\\s*)?(.*)$");
    private static final Pattern TITLE_NUMBER_LAST = Pattern.compile(
            "(?i)^(\\D.*?)\\s*[-–—|(]?\\s*(?:policy\\s*)?(\\d{1,2}\\s*[:.]\\s*\\d{1,4})\\)?$");
    private static final Pattern SECTION_PREFIX = Pattern.compile("(?i)^(?:section|chapter)\\s+\\d{1,2}\\s*[-–—:.]?\\s*");
    static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
    static final Pattern WHOLE_BOLD = Pattern.compile("^\\*\\*([^*]+)\\*\\*$");

    /** A policy number as written and the title beside it (empty when the title is on the next line). */
    record NumberAndTitle(String number, String title) {
    }

    private HeaderLines() {
    }

    /** The label of a "Status: …" line. */
    static Optional<String> status(String c) {
        Matcher status = STATUS.matcher(c);
        return status.matches() ? Optional.of(Texts.plain(status.group(1))) : Optional.empty();
    }

    static Optional<NumberAndTitle> numberAndTitle(String c) {
        Matcher first = TITLE_NUMBER_FIRST.matcher(c);
        if (first.matches() && PolicyNumber.tryParse(first.group(1)).isPresent()
                && !first.group(2).matches("(?s)^\\d.*")) {
            return Optional.of(new NumberAndTitle(first.group(1), Texts.plain(first.group(2))));
        }
        Matcher last = TITLE_NUMBER_LAST.matcher(c);
        if (last.matches() && c.length() <= 160 && PolicyNumber.tryParse(last.group(2)).isPresent()) {
            return Optional.of(new NumberAndTitle(last.group(2), Texts.plain(last.group(1))));
        }
        return Optional.empty();
    }

    /** A header line without Markdown heading hashes or a bold wrapper around the whole line. */
    static String unwrapped(String c) {
        Matcher md = MARKDOWN_HEADING.matcher(c);
        String t = md.matches() ? md.group(1) : c;
        Matcher bold = WHOLE_BOLD.matcher(t);
        return bold.matches() ? bold.group(1).trim() : t;
    }

    /** "Section 5 - General Personnel" → "General Personnel". */
    static String sectionName(String c) {
        return Texts.plain(SECTION_PREFIX.matcher(c).replaceFirst(""));
    }

    /** Too long, a list item, or a finished sentence: the header is over. */
    static boolean looksLikeBody(String c) {
        return c.length() > 90 || ListLabel.of(c).isPresent() || (Texts.endsClause(c) && c.length() > 50);
    }
}
