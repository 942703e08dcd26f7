package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole policy flattened onto one line (a copy from a page that lost its line breaks) is cut back into its
 * parts before the head is read: where the references and the history begin, and where a sentence starts
 * after the heading ("5:260 Student Teachers The Superintendent may…": the heading's capitalised words end
 * where a sentence opener or the subject of the first lower-case verb begins).
 */
final class FlatLines {

    /** Longer than any heading and any normal paragraph's first line: worth looking inside. */
    private static final int FLAT = 240;
    private static final Pattern PARTS = Pattern.compile("(?i)(?=\\b(?:legal\\s+ref(?:erence)?s?|cross\\s+ref(?:erence)?s?)"
            + "\\b\\s*[.:])|(?=\\b(?:date\\s+)?(?:adopted|amended|revised|reviewed|approved)\\s*:)");
    /** In run-together legal references, a new citation starts with its title number: "… 5/24-14.5. 23 Ill.…". */
    private static final Pattern CITATION_START = Pattern.compile("(?<=\\.)\\s+(?=\\d{1,3}\\s+[A-Z])");
    private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "to", "in", "on", "a", "an", "or",
            "with", "by", "at", "from", "as", "vs.", "per", "&", "-", "–", "—", "/");
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "All", "Each", "Every", "Any", "No", "This",
            "These", "Those", "In", "When", "If", "It", "Its", "Our", "To", "For", "Unless", "Except", "Upon", "As",
            "Pursuant", "Subject", "Under", "Purpose", "Definitions", "Introduction", "General", "Statement");
    /** Words that open a sentence but hardly ever a policy title: after the number, they mean "no title here". */
    private static final Set<String> SENTENCE_ONLY = Set.of("The", "A", "An", "All", "Each", "Every", "Any", "This",
            "These", "When", "If", "It", "Unless", "Pursuant", "Upon");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private FlatLines() {
    }

    static List<LineEvidence> unflatten(List<LineEvidence> lines) {
        List<LineEvidence> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            LineEvidence l = lines.get(k);
            if (l.text().length() < FLAT || !mayHoldParts(l.text())) {
                out.add(l);
                continue;
            }
            List<String> parts = split(l.text());
            if (k < 3) {
                parts = headFirst(parts);
            }
            for (int p = 0; p < parts.size(); p++) {
                LineEvidence piece = l.withText(parts.get(p).trim());
                out.add(p == 0 ? piece : new LineEvidence(piece.text(), l.page(), l.indent(), l.fontSize(), false, 0,
                        null, true));
            }
        }
        return out;
    }

    /** The parts all need a colon or the word "ref": a cheap test before the expensive one. */
    private static boolean mayHoldParts(String text) {
        if (text.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i + 3 <= text.length(); i++) {
            if (text.regionMatches(true, i, "ref", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        Matcher m = PARTS.matcher(text);
        while (m.find()) {
            if (m.start() > from) {
                parts.add(text.substring(from, m.start()));
                from = m.start();
            }
        }
        parts.add(text.substring(from));
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            out.addAll(ReferenceLabels.legal(part.trim()).isPresent()
                    ? List.of(CITATION_START.split(part)) : List.of(part));
        }
        return out;
    }

    /** The first part of a flattened policy split into section, heading and body. */
    private static List<String> headFirst(List<String> parts) {
        String first = parts.get(0);
        Optional<NumberEvidence.Found> number = NumberEvidence.in(first).stream()
                .filter(f -> f.place() != NumberEvidence.Place.INLINE || f.colon()).findFirst();
        if (number.isEmpty()) {
            return parts;
        }
        int numberStart = number.get().start();
        if (numberStart > 80) {
            return parts;
        }
        String head = first.substring(numberStart);
        int bodyAt = bodyStart(head);
        List<String> out = new ArrayList<>();
        if (numberStart > 0 && !first.substring(0, numberStart).isBlank()) {
            out.add(first.substring(0, numberStart));
        }
        if (bodyAt > 0) {
            out.add(head.substring(0, bodyAt));
            out.add(head.substring(bodyAt));
        } else {
            out.add(head);
        }
        out.addAll(parts.subList(1, parts.size()));
        return out;
    }

    /** Character offset in {@code head} (number, title, body…) where the body's first sentence begins, or -1. */
    static int bodyStart(String head) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(head);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
            words.add(w.group());
        }
        int firstTitleWord = 0;
        while (firstTitleWord < words.size() && !Character.isLetter(words.get(firstTitleWord).codePointAt(0))) {
            firstTitleWord++;
        }
        if (firstTitleWord < words.size() && words.get(firstTitleWord).matches("(?i)policy|no\\.?|number")) {
            firstTitleWord++;
            while (firstTitleWord < words.size() && !Character.isLetter(words.get(firstTitleWord).codePointAt(0))) {
                firstTitleWord++;
            }
        }
        if (firstTitleWord < words.size() && SENTENCE_ONLY.contains(words.get(firstTitleWord))) {
            return firstTitleWord == 0 ? -1 : spans.get(firstTitleWord)[0];
        }
        int verb = -1;
        for (int i = firstTitleWord + 1; i < Math.min(words.size(), firstTitleWord + 30); i++) {
            String word = words.get(i);
            if (Character.isLowerCase(word.codePointAt(0)) && !SMALL.contains(word)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return -1;
        }
        int start = verb - 1;
        for (int i = firstTitleWord + 1; i < verb; i++) {
            if (OPENERS.contains(words.get(i))) {
                start = i;
                break;
            }
        }
        if (start <= firstTitleWord) {
            return -1;
        }
        return spans.get(start)[0];
    }
}
