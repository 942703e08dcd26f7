package org.policydesk.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section statements ("Section 5 - Personnel", "SERIES 5000: PERSONNEL", "5 - General Personnel") and the
 * Illinois (IASB PRESS) section names, from which a section follows when only the number is given.
 */
final class SectionNames {

    static final Map<Integer, String> IASB = Map.of(
            1, "School District Organization", 2, "School Board", 3, "General School Administration",
            4, "Operational Services", 5, "Personnel", 6, "Instruction", 7, "Students", 8, "Community Relations");

    private static final Pattern STATED = Pattern.compile(
            "(?i)^(?:section|series|chapter|sec\\.)\\s*(\\d{1,2})(?:\\d{2,3})?\\s*(?:[-–—:.|]\\s*)?(.*)$");
    private static final Pattern NUMBERED_NAME = Pattern.compile("^(\\d{1,2})(?:\\d{2,3})?\\s*[-–—:]\\s*(\\D.{1,60})$");

    /** A section a line states: its chapter (0 when not given) and its name (may be empty). */
    record Stated(int chapter, String name) {
    }

    private SectionNames() {
    }

    static Optional<Stated> stated(String line) {
        String t = line.trim();
        if (t.length() > 80) {
            return Optional.empty();
        }
        Matcher m = STATED.matcher(t);
        if (m.matches()) {
            return Optional.of(new Stated(Integer.parseInt(m.group(1)), tidy(m.group(2), Integer.parseInt(m.group(1)))));
        }
        Matcher n = NUMBERED_NAME.matcher(t);
        if (n.matches() && knownName(n.group(2)).isPresent()) {
            return Optional.of(new Stated(Integer.parseInt(n.group(1)), tidy(n.group(2), Integer.parseInt(n.group(1)))));
        }
        Optional<Integer> known = knownName(t);
        return known.map(chapter -> new Stated(chapter, tidy(t, chapter)));
    }

    /** The chapter whose IASB name the text is or ends with ("General Personnel" is 5). */
    static Optional<Integer> knownName(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Map.Entry<Integer, String> e : IASB.entrySet()) {
            String name = e.getValue().toLowerCase(Locale.ROOT);
            if (t.equals(name) || (t.endsWith(" " + name) && t.length() <= name.length() + 20)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** An all-capitals name is written as the IASB writes it; any other keeps the district's words. */
    private static String tidy(String name, int chapter) {
        String t = Texts.collapseSpaces(name.trim());
        if (t.isEmpty() && IASB.containsKey(chapter)) {
            return IASB.get(chapter);
        }
        if (t.equals(t.toUpperCase(Locale.ROOT))) {
            String known = IASB.get(chapter);
            if (known != null && known.equalsIgnoreCase(t)) {
                return known;
            }
            return titleCase(t);
        }
        return t;
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean small = out.length() > 0 && w.matches("of|and|the|for|to|in|on|a|an|or|with|by|at");
            out.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
