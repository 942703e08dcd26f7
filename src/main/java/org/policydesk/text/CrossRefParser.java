package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.CrossRef;
import org.policydesk.model.PolicyNumber;

/**
 * Splits the text after "CROSS REF.:" into entries. Entries are found by their policy numbers outside
 * parentheses, so a title may hold commas, semicolons and its own parentheses:
 * "5:120 (Employee Ethics; Code of Professional Conduct; and Conflict of Interest), 5:130 (…)".
 */
final class CrossRefParser {

    static final String NUMBER = "\\b(\\d{1,2})\\s*[:.]\\s*(\\d{1,4})(?:-(?:AP|E)\\d{0,2}(?:,\\s*E\\d{0,2})?)?(?![\\d:.]\\d)";
    private static final Pattern NUMBER_PATTERN = Pattern.compile(NUMBER);
    private static final Pattern DASHED = Pattern.compile("\\b(\\d{1,2})-(\\d{1,4})\\b(?![-/.]\\d)");
    private static final Pattern DASHED_LIST = Pattern.compile("^\\s*\\d{1,2}-\\d{1,4}\\b(?![-/.]\\d)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("(?i)^[\\s,;:–—-]+|[\\s,;:–—-]+$|[\\s,;]+(?:and|or|&)$|^(?:and|or|&)$");

    /** The entries found and any text that could not be read as one. */
    record Result(List<CrossRef> refs, List<String> leftovers) {
    }

    private CrossRefParser() {
    }

    static Result parse(String rawText) {
        String text = Texts.unmark(rawText);
        List<int[]> numbers = topLevelNumbers(text);
        if (numbers.isEmpty() && DASHED_LIST.matcher(text).find()) {
            // A manual that writes every number with a dash ("3-40, 3-60"): read its dashes as the colon they mean.
            // Only when no colon or dot number is there, so a "-AP" suffix or a range is never misread.
            text = DASHED.matcher(text).replaceAll("$1:$2");
            numbers = topLevelNumbers(text);
        }
        List<CrossRef> refs = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        String before = clean(text.substring(0, numbers.isEmpty() ? text.length() : numbers.get(0)[0]));
        if (!before.isEmpty()) {
            leftovers.add(before);
        }
        for (int i = 0; i < numbers.size(); i++) {
            int[] span = numbers.get(i);
            int next = i + 1 < numbers.size() ? numbers.get(i + 1)[0] : text.length();
            String number = text.substring(span[0], span[1]);
            PolicyNumber parsed = PolicyNumber.tryParse(number).orElse(null);
            if (parsed == null) {
                leftovers.add(number);
                continue;
            }
            String segment = text.substring(span[1], next);
            refs.add(new CrossRef(parsed, title(segment)));
            String rest = clean(afterTitle(segment));
            if (!rest.isEmpty()) {
                leftovers.add(rest);
            }
        }
        return new Result(refs, leftovers);
    }

    /** Number spans that are not inside parentheses. */
    private static List<int[]> topLevelNumbers(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER_PATTERN.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (depthAt(text, m.start()) == 0) {
                spans.add(new int[] {m.start(), m.end()});
            }
            from = m.end();
        }
        return spans;
    }

    private static int depthAt(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /**
     * The title after a number: the parenthesised words, or else the words up to a semicolon (without
     * parentheses nothing else tells where a title ends).
     */
    private static String title(String segment) {
        String s = clean(segment);
        if (s.startsWith("(")) {
            int close = matchingParen(s);
            s = close > 0 ? s.substring(1, close) : s.substring(1);
        } else if (s.indexOf(';') >= 0) {
            s = s.substring(0, s.indexOf(';'));
        }
        s = clean(s);
        return s.isEmpty() ? null : Texts.collapseSpaces(s);
    }

    /** What follows the title within a segment, which should be only punctuation. */
    private static String afterTitle(String segment) {
        String s = clean(segment);
        if (s.startsWith("(")) {
            int close = matchingParen(s);
            return close > 0 ? s.substring(close + 1) : "";
        }
        return s.indexOf(';') >= 0 ? s.substring(s.indexOf(';') + 1) : "";
    }

    private static int matchingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String s) {
        String previous;
        String out = Texts.trim(s);
        do {
            previous = out;
            out = Texts.trim(EDGE_PUNCTUATION.matcher(out).replaceAll(""));
            if (out.endsWith(".") && !out.endsWith("..")) {
                out = out.substring(0, out.length() - 1);
            }
        } while (!out.equals(previous));
        return out;
    }
}
