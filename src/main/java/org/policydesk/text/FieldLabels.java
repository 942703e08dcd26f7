package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels pages and portals put before a policy's facts ("Code: 5:260", "Policy Title", "Section",
 * "Last Revised"), and which field each states. The vocabulary is the domain's, not any one site's.
 */
final class FieldLabels {

    enum Field { NUMBER, TITLE, SECTION, STATUS, DATE, OTHER }

    private static final Map<String, Field> LABELS = Map.ofEntries(
            Map.entry("code", Field.NUMBER), Map.entry("policy code", Field.NUMBER),
            Map.entry("policy number", Field.NUMBER), Map.entry("policy no", Field.NUMBER),
            Map.entry("policy #", Field.NUMBER), Map.entry("number", Field.NUMBER), Map.entry("no", Field.NUMBER),
            Map.entry("policy", Field.NUMBER), Map.entry("board policy", Field.NUMBER),
            Map.entry("policy num", Field.NUMBER), Map.entry("file", Field.NUMBER),
            Map.entry("title", Field.TITLE), Map.entry("policy title", Field.TITLE), Map.entry("subject", Field.TITLE),
            Map.entry("policy name", Field.TITLE), Map.entry("name", Field.TITLE), Map.entry("policy subject", Field.TITLE),
            Map.entry("section", Field.SECTION), Map.entry("series", Field.SECTION), Map.entry("chapter", Field.SECTION),
            Map.entry("category", Field.SECTION), Map.entry("policy section", Field.SECTION),
            Map.entry("status", Field.STATUS), Map.entry("document status", Field.STATUS),
            Map.entry("book", Field.OTHER), Map.entry("manual", Field.OTHER),
            Map.entry("adopted", Field.DATE), Map.entry("date adopted", Field.DATE),
            Map.entry("adoption date", Field.DATE), Map.entry("original adoption", Field.DATE),
            Map.entry("originally adopted", Field.DATE), Map.entry("first adopted", Field.DATE),
            Map.entry("last revised", Field.DATE), Map.entry("revised", Field.DATE), Map.entry("date revised", Field.DATE),
            Map.entry("revision date", Field.DATE), Map.entry("revision dates", Field.DATE),
            Map.entry("amended", Field.DATE), Map.entry("last amended", Field.DATE), Map.entry("date amended", Field.DATE),
            Map.entry("reviewed", Field.DATE), Map.entry("last reviewed", Field.DATE),
            Map.entry("date reviewed", Field.DATE), Map.entry("review date", Field.DATE),
            Map.entry("approved", Field.DATE), Map.entry("board approved", Field.DATE),
            Map.entry("date approved", Field.DATE), Map.entry("approval date", Field.DATE),
            Map.entry("effective", Field.DATE), Map.entry("effective date", Field.DATE),
            Map.entry("adopted on", Field.DATE), Map.entry("revised on", Field.DATE));

    /** Words that stand alone as headings too often to be taken for a label without a colon. */
    private static final Set<String> WEAK_BARE = Set.of("policy", "no", "number", "name", "subject", "file",
            "category", "manual", "approved", "effective");

    private static final Pattern LABELLED = Pattern.compile("^([A-Za-z][A-Za-z .#]{0,24}?)\\s*[:\\-–|]\\s*(\\S.*)$");

    /** A label and its value on one line. */
    record Labelled(Field field, String label, String value) {
    }

    private FieldLabels() {
    }

    static String key(String label) {
        return stripColon(label).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\.$", "").trim();
    }

    static String stripColon(String label) {
        return label.trim().replaceAll("\\s*:$", "").trim();
    }

    /** The field a label (with or without its colon) names. */
    static Optional<Field> kindOf(String label) {
        if (label.length() > 30) {
            return Optional.empty();
        }
        return Optional.ofNullable(LABELS.get(key(label)));
    }

    /**
     * Label and value on lines of their own (a portal's label and value cells) joined into "Label: value"
     * lines, so every reader after this sees one form.
     */
    static List<LineEvidence> joinBareLabels(List<LineEvidence> lines) {
        List<LineEvidence> out = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            LineEvidence l = lines.get(k);
            boolean bare = l.text().length() <= 30 && kindOf(l.text()).isPresent() && !WEAK_BARE.contains(key(l.text()));
            if (bare && k + 1 < lines.size() && lines.get(k + 1).text().length() <= 160
                    && kindOf(lines.get(k + 1).text()).isEmpty() && of(lines.get(k + 1).text()).isEmpty()) {
                out.add(l.withText(stripColon(l.text()) + ": " + lines.get(k + 1).text()));
                k++;
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** "Code: 5:260" and the like; a line whose label is not in the vocabulary is not one. */
    static Optional<Labelled> of(String line) {
        Matcher m = LABELLED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Field> field = kindOf(m.group(1));
        // "Policy - 5:260" and "No - 12" need a colon to count: a dash after these is too often prose.
        if (field.isEmpty() || (line.charAt(m.end(1)) != ':' && !line.substring(m.end(1)).trim().startsWith(":")
                && field.get() != Field.DATE && field.get() != Field.NUMBER)) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(field.get(), m.group(1).trim(), m.group(2).trim()));
    }
}
