package org.policydesk.text;

import java.util.regex.Pattern;

/** Small string helpers shared by the parsers. */
final class Texts {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}(?=\\S)(.+?)(?<=\\S)\\*{1,3}");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private Texts() {
    }

    /** Trims white space, no-break spaces and a byte-order mark from both ends. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
    }

    /** Removes link and emphasis markup, keeping the words: "[820 ILCS 55/10](#)" becomes "820 ILCS 55/10". */
    static String unmark(String s) {
        if (s.indexOf('[') < 0 && s.indexOf('*') < 0) {
            return s;
        }
        String out = LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return EMPHASIS.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }

    /** Collapses runs of spaces and tabs into one space. */
    /** Plain words of a marked-up line: links and emphasis unwrapped, spaces collapsed. */
    static String plain(String s) {
        return collapseSpaces(trim(unmark(s)));
    }

    static String collapseSpaces(String s) {
        if (s.indexOf("  ") < 0 && s.indexOf('\t') < 0 && s.indexOf('\u00A0') < 0) {
            return s;
        }
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** True when the text ends a sentence or clause, so a following block starts something new. */
    static boolean endsClause(String s) {
        String t = trim(Texts.unmark(s));
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?:;)]\"”’'".indexOf(last) >= 0;
    }
}
