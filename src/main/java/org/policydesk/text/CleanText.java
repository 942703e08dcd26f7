package org.policydesk.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyDocument;

/**
 * The text as a board publishes it: no "Document Status" line, no PRESSPlus markers and no PRESSPlus
 * comments. The stored version keeps them; this is a view and an export, never a save.
 */
public final class CleanText {

    /** A marker and the one space that separated it from the next word: "Discord, PRESSPlus1 Tik Tok". */
    private static final Pattern MARKER = Pattern.compile("PRESSPlus\\d{1,3}(?!\\d)[ \\t]?");
    private static final Set<BlockKind> DROPPED = EnumSet.of(BlockKind.STATUS, BlockKind.COMMENTS_HEADING, BlockKind.COMMENT);

    public String clean(PolicyDocument doc) {
        List<Block> blocks = doc.blocks();
        StringBuilder out = new StringBuilder(doc.sourceText().length());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (DROPPED.contains(block.kind())) {
                continue;
            }
            if (block.kind() == BlockKind.BLANK && (i == 0 || DROPPED.contains(blocks.get(i - 1).kind())
                    || nextIsDropped(blocks, i))) {
                continue;
            }
            out.append(withoutMarkers(block.raw()));
        }
        return trimTrailingBlankLines(out);
    }

    /** The text with its PRESSPlus markers taken out, for places that show it as a reader reads it. */
    public static String withoutMarkers(String raw) {
        return MARKER.matcher(raw).replaceAll("");
    }

    /** Blank lines before the comments section go with it. */
    private static boolean nextIsDropped(List<Block> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.COMMENTS_HEADING;
    }

    private static String trimTrailingBlankLines(StringBuilder out) {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == '\r')) {
            end--;
        }
        String lineEnding = out.indexOf("\r\n") >= 0 ? "\r\n" : "\n";
        return end == 0 ? "" : out.substring(0, end) + lineEnding;
    }
}
