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

    private static final Pattern BULLET = Pattern.compile("^([-*+•◦▪▫·●○■□‣⁃–])\\s+(.*)$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(\\(?(?:\\d{1,3}|[a-zA-Z]|(?:x{0,3})(?:ix|iv|v?i{1,3}|v|x))[.)])\\s+(\\S.*)$"
            + "|^(\\((?:\\d{1,3}|[a-zA-Z]|[ivx]{1,5})\\))\\s+(\\S.*)$");

    static Optional<ListLabel> of(String content) {
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

    private static Kind kindOf(String label) {
        String core = label.replaceAll("[().]", "");
        if (core.chars().allMatch(Character::isDigit)) {
            return Kind.NUMBER;
        }
        if (core.length() > 1) {
            return Kind.ROMAN;
        }
        return Character.isUpperCase(core.charAt(0)) ? Kind.UPPER_ALPHA : Kind.LOWER_ALPHA;
    }
}
