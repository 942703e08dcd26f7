package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.RedlineSegment.Change;
import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;

/**
 * Word-level comparison of two policy versions, as a board reads it: the words of the text (markup removed,
 * list labels kept, one line per block, PRESSPlus markers kept as {@code PRESSPlusN}), with insertions and
 * deletions marked. The comments themselves are not compared; they sit beside the changes they explain.
 */
public final class Redline {

    private static final java.util.Set<BlockKind> NOT_COMPARED = java.util.EnumSet.of(BlockKind.BLANK,
            BlockKind.COMMENT, BlockKind.COMMENTS_HEADING, BlockKind.PAGE_FURNITURE);

    public List<RedlineSegment> compare(PolicyDocument older, PolicyDocument newer) {
        return compare(readingText(older), readingText(newer));
    }

    /**
     * Compares two plain texts word by word. Lines are matched first, and words are compared only within the
     * lines that changed (pairwise when a run of changed lines keeps its length), so the cost follows the
     * size of the changes rather than the size of the policy.
     */
    public List<RedlineSegment> compare(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<RedlineSegment> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int pos = delta.getSource().getPosition();
            add(out, Change.SAME, a.subList(at, pos));
            List<String> from = delta.getSource().getLines();
            List<String> to = delta.getTarget().getLines();
            if (from.size() == to.size()) {
                for (int i = 0; i < from.size(); i++) {
                    compareWords(out, from.get(i), to.get(i));
                }
            } else {
                compareWords(out, String.join("", from), String.join("", to));
            }
            at = pos + from.size();
        }
        add(out, Change.SAME, a.subList(at, a.size()));
        return out;
    }

    private static void compareWords(List<RedlineSegment> out, String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int pos = delta.getSource().getPosition();
            add(out, Change.SAME, a.subList(at, pos));
            add(out, Change.DELETED, delta.getSource().getLines());
            add(out, Change.INSERTED, delta.getTarget().getLines());
            at = pos + delta.getSource().size();
        }
        add(out, Change.SAME, a.subList(at, a.size()));
    }

    /** The lines of a text, each with its line break. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The words a reader sees: one line per block, labels kept, links and emphasis unwrapped. */
    public static String readingText(PolicyDocument doc) {
        StringBuilder out = new StringBuilder(doc.sourceText().length());
        for (Block block : doc.blocks()) {
            if (NOT_COMPARED.contains(block.kind())) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(prefix(doc, block));
            for (Run run : block.runs()) {
                out.append(run.style() == RunStyle.MARKER ? "PRESSPlus" + run.marker() : run.text());
            }
        }
        return out.toString();
    }

    /**
     * The style of each character of {@link #readingText}: a run's style for its text ({@link RunStyle#MARKER}
     * for a {@code PRESSPlusN} marker), plain for labels and line breaks. A redline keeps bold and italic by
     * looking its segments up here, in the newer text for shared and inserted words, the older for deleted.
     */
    public static RunStyle[] readingStyles(PolicyDocument doc) {
        int length = 0;
        for (Block block : doc.blocks()) {
            if (!NOT_COMPARED.contains(block.kind())) {
                length += (length > 0 ? 1 : 0) + prefix(doc, block).length(); // As readingText joins lines.
                for (Run run : block.runs()) {
                    length += shownLength(run);
                }
            }
        }
        RunStyle[] styles = new RunStyle[length];
        int at = 0;
        for (Block block : doc.blocks()) {
            if (NOT_COMPARED.contains(block.kind())) {
                continue;
            }
            int plain = (at > 0 ? 1 : 0) + prefix(doc, block).length();
            java.util.Arrays.fill(styles, at, at + plain, RunStyle.PLAIN);
            at += plain;
            for (Run run : block.runs()) {
                int n = shownLength(run);
                java.util.Arrays.fill(styles, at, at + n, run.style());
                at += n;
            }
        }
        return styles;
    }

    private static int shownLength(Run run) {
        return run.style() == RunStyle.MARKER ? "PRESSPlus".length() + Integer.toString(run.marker()).length()
                : run.text().length();
    }

    private static String prefix(PolicyDocument doc, Block block) {
        switch (block.kind()) {
            case LIST_ITEM:
                return block.label() + " ";
            case TITLE:
                return doc.number() == null ? "" : doc.number() + " ";
            case STATUS:
                return "Document Status: ";
            case LEGAL_REF_LABEL:
                return "LEGAL REF.: ";
            default:
                return "";
        }
    }

    /**
     * The words, runs of spaces, line breaks and single other characters of a text: a word is letters and
     * digits, with an apostrophe inside it ("district's"). Written out by hand rather than as a regular
     * expression because the packet compares every policy's text on each build.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\t' || cp == 0xA0) {
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == 0xA0)) {
                    i++;
                }
            } else if (isWordChar(cp, true)) {
                i = wordEnd(text, i);
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** Past the letters and digits from {@code i}, and any apostrophe-joined letters after them. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp, true)) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '\u2019') && i + 1 < n && isWordChar(text.codePointAt(i + 1), false)) {
                i++;
                while (i < n && isWordChar(text.codePointAt(i), false)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                // After an apostrophe only letters follow, as in the pattern [\p{L}\p{N}]+(?:['’]\p{L}+)*.
                while (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < n
                        && isWordChar(text.codePointAt(i + 1), false)) {
                    i++;
                    while (i < n && isWordChar(text.codePointAt(i), false)) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                }
                return i;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean isWordChar(int cp, boolean digits) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || digits && cp >= '0' && cp <= '9';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER:
                return true;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return digits;
            default:
                return false;
        }
    }

    private static void add(List<RedlineSegment> out, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            RedlineSegment last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new RedlineSegment(change, text));
    }
}
