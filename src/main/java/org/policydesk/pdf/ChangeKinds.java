package org.policydesk.pdf;

import java.util.ArrayList;
import java.util.List;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.ChangeKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.Reading;
import org.policydesk.model.RedlineSegment;
import org.policydesk.text.Redline;

/** Decides what kind of change a draft makes, and what the memo recommends for it. */
public final class ChangeKinds {

    private static final String MARKER_WORD = "PRESSPlus";

    private ChangeKinds() {
    }

    /** New without an adopted text; editorial when the words (markers aside) are the same; else revised. */
    public static ChangeKind classify(PolicyDocument adopted, PolicyDocument draft) {
        if (adopted == null) {
            return ChangeKind.NEW;
        }
        String older = Redline.readingText(withoutStatus(adopted));
        String newer = Redline.readingText(withoutStatus(draft));
        return words(older).equals(words(newer)) ? ChangeKind.EDITORIAL : ChangeKind.REVISED;
    }

    /** Editorial changes go on the consent agenda; others to the reading the meeting holds. */
    public static String action(ChangeKind change, Reading reading) {
        if (change == ChangeKind.EDITORIAL) {
            return "Consent agenda";
        }
        return reading == Reading.FIRST ? "First reading" : "Second reading and adoption";
    }

    /** The word-level redline the packet prints: the status line is left out (it always differs). */
    public static List<RedlineSegment> redline(PolicyDocument adopted, PolicyDocument draft) {
        return new Redline().compare(withoutStatus(adopted), withoutStatus(draft));
    }

    /** The draft's blocks in the order the redline's lines follow them. */
    static List<Block> comparedBlocks(PolicyDocument doc) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : withoutStatus(doc).blocks()) {
            switch (b.kind()) {
                case BLANK, COMMENT, COMMENTS_HEADING, PAGE_FURNITURE -> { }
                default -> blocks.add(b);
            }
        }
        return blocks;
    }

    static PolicyDocument withoutStatus(PolicyDocument d) {
        List<Block> blocks = d.blocks().stream().filter(b -> b.kind() != BlockKind.STATUS).toList();
        return new PolicyDocument(d.sourceText(), d.statusLabel(), d.section(), d.number(), d.title(), blocks,
                d.legalRefs(), d.crossRefs(), d.history(), d.comments(), d.markers(), d.warnings());
    }

    /**
     * The letters-and-digits words of a text with its {@code PRESSPlusN} markers taken out, as
     * {@code [\p{L}\p{N}]+} finds them after the markers are replaced by spaces. Written by hand because
     * the packet command classifies every policy in a fresh JVM, where the two regular expressions were 6% of
     * its samples; a jqwik property checks it against them.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; ) {
            int marker = markerEnd(text, i);
            if (marker > i) {
                start = endWord(words, text, start, i);
                i = marker;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else {
                start = endWord(words, text, start, i);
            }
            i += Character.charCount(cp);
        }
        endWord(words, text, start, n);
        return words;
    }

    private static int endWord(List<String> words, String text, int start, int end) {
        if (start >= 0) {
            words.add(text.substring(start, end));
        }
        return -1;
    }

    /** Past {@code PRESSPlus} and its digits when one starts at {@code i}, else {@code i}. */
    private static int markerEnd(String text, int i) {
        if (text.charAt(i) != 'P' || !text.startsWith(MARKER_WORD, i)) {
            return i;
        }
        int j = i + MARKER_WORD.length();
        while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        return j > i + MARKER_WORD.length() ? j : i;
    }

    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
