package org.policydesk.text;

import java.util.regex.Pattern;

/** Judgements about one line near a policy's head, shared by the splitter and the field recogniser. */
final class HeadLines {

    /** A district's name with its number, "Public Schools", a manual's name: what letterheads say. */
    private static final Pattern LETTERHEAD = Pattern.compile("(?i)(?:\\b(?:school\\s+district|district|"
            + "c\\.?u\\.?s\\.?d\\.?|u\\.?s\\.?d\\.?|i\\.?s\\.?d\\.?|s\\.?d\\.?|unit|isd|cusd|ccsd|chsd)(?:\\s+no\\.?)?\\s*#?\\s*\\d+)"
            + "|\\bpublic\\s+schools\\b|\\bpolicy\\s+manual\\b|\\bboard\\s+policies\\b|\\bschool\\s+board\\s+policy\\b"
            + "|\\bcommunity\\s+(?:unit|high|consolidated)\\s+school|\\bschools?\\s+district\\s+of\\b|\\bpolicy\\s+handbook\\b");
    private static final Pattern CONTINUED = Pattern.compile("(?i)\\s*[(\\[]?\\s*(?:cont(?:inued|'d|\\.)?)\\s*[)\\]]?\\s*$");
    private static final Pattern PAGE_NOTE = Pattern.compile("(?i)\\s*[-–—|,]?\\s*page\\s+\\d+(?:\\s*(?:of|/)\\s*\\d+)?\\s*$");

    private HeadLines() {
    }

    /** A line that names the district or the manual rather than the policy. */
    static boolean letterhead(String text) {
        return LETTERHEAD.matcher(text).find();
    }

    /** Typography that sets a line apart: bold, an HTML/Markdown heading, or larger than the body text. */
    static boolean emphasised(LineEvidence l, float bodySize) {
        return l.bold() || l.headingLevel() > 0 || (bodySize > 0 && l.fontSize() > bodySize + 0.75f);
    }

    /** Short, unpunctuated, not a list item, label or history line: it could be a title. */
    static boolean titleLike(LineEvidence l) {
        return l.listMarker() == null && titleLikeText(l.text());
    }

    static boolean titleLikeText(String raw) {
        String t = tidyTitle(raw);
        if (t.length() < 3 || t.length() > 150 || t.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        long words = t.chars().filter(c -> c == ' ').count() + 1;
        char last = t.charAt(t.length() - 1);
        boolean sentence = last == '.' && !t.matches(".*\\b(?:[A-Z][a-z]{0,3}|etc|Inc|Co)\\.$");
        return words <= 22 && !sentence && last != ',' && last != ';'
                && FieldLabels.of(t).isEmpty() && HistoryLineParser.parse(t).isEmpty() && !ReferenceLabels.isLabel(t)
                && !Character.isLowerCase(t.codePointAt(0));
    }

    /** A title without "(continued)", "Page 2 of 3", wrapping quotes and trailing separators. */
    static String tidyTitle(String raw) {
        String t = Texts.collapseSpaces(raw.trim());
        t = PAGE_NOTE.matcher(t).replaceFirst("");
        t = CONTINUED.matcher(t).replaceFirst("");
        t = t.replaceAll("^[\\s\"“'*_:|–—-]+|[\\s\"”'*_:|–—-]+$", "");
        return t.trim();
    }

    /** A line at which the references or history of a policy begin, after which its head is over. */
    static boolean endsHead(String text) {
        return ReferenceLabels.isLabel(text) || ReferenceLabels.legal(text).isPresent()
                || ReferenceLabels.cross(text).isPresent() || HistoryLineParser.parse(text).isPresent();
    }
}
