package org.policydesk.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label that starts a list item: "1.", "2)", "(3)", "a.", "(b)", "iv.", a bullet, or a bullet before a
 * label as in " - a. Inform their building staff".
 *
 * @param label the label as written, without the bullet that may precede it
 * @param kind  the numbering family, which decides nesting
 * @param rest  the item's text after the label
 */
record ListLabel(String label, Kind kind, String rest) {

    enum Kind { NUMBER, LOWER_ALPHA, UPPER_ALPHA, ROMAN, BULLET }

    private static final String BULLET_CHARS = "-*+•◦▪▫·●○■□‣⁃–";
    private static final Pattern BULLET = Pattern.compile("^([" + BULLET_CHARS + "])\\s+(.*)$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(\\(?(?:\\d{1,3}|[a-zA-Z]|(?:x{0,3})(?:ix|iv|v?i{1,3}|v|x))[.)])\\s+(\\S.*)$"
            + "|^(\\((?:\\d{1,3}|[a-zA-Z]|[ivx]{1,5})\\))\\s+(\\S.*)$");

    static Optional<ListLabel> of(String content) {
        if (!mayBeLabelled(content)) {
            return Optional.empty();
        }
        Matcher bullet = BULLET.matcher(content);
        if (bullet.matches()) {
            Optional<ListLabel> inner = labelled(bullet.group(2));
            return Optional.of(inner.orElse(new ListLabel(bullet.group(1), Kind.BULLET, bullet.group(2))));
        }
        return labelled(content);
    }

    private static Optional<ListLabel> labelled(String content) {
        Matcher m = LABELLED.matcher(content);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1) != null ? m.group(1) : m.group(3);
        String rest = m.group(1) != null ? m.group(2) : m.group(4);
        // "(c)" and "(C)" inside a sentence start are labels; a closing-only "c)" is too, but "c." alone after
        // a bracket is not a thing. Reject "(1." style mismatched brackets.
        if (label.startsWith("(") && !label.endsWith(")")) {
            return Optional.empty();
        }
        return Optional.of(new ListLabel(label, kindOf(label), rest));
    }

    /** Labels are short: a bullet, a bracket, or a label character within the first seven characters. */
    private static boolean mayBeLabelled(String content) {
        if (content.length() < 2) {
            return false;
        }
        char first = content.charAt(0);
        if (first == '(' || BULLET_CHARS.indexOf(first) >= 0) {
            return true;
        }
        for (int i = 1; i < Math.min(7, content.length()); i++) {
            char c = content.charAt(i);
            if (c == '.' || c == ')') {
                return true;
            }
        }
        return false;
    }

    private static Kind kindOf(String label) {
        StringBuilder coreChars = new StringBuilder();
        for (char c : label.toCharArray()) {
            if (c != '(' && c != ')' && c != '.') {
                coreChars.append(c);
            }
        }
        String core = coreChars.toString();
        if (core.chars().allMatch(Character::isDigit)) {
            return Kind.NUMBER;
        }
        if (core.length() > 1) {
            return Kind.ROMAN;
        }
        return Character.isUpperCase(core.charAt(0)) ? Kind.UPPER_ALPHA : Kind.LOWER_ALPHA;
    }
}
