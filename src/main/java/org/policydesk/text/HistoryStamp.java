package org.policydesk.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyDocument;

/**
 * Writes the board's vote into the text: "Adopted: December 15, 2026" for a first adoption, or
 * "; Amended: December 15, 2026" after the existing history line. The rest of the text is unchanged.
 */
public final class HistoryStamp {

    private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** The text with the vote stamped in: an amendment when the text already has a history line. */
    public String stamp(PolicyDocument doc, LocalDate voteDate) {
        String date = US_LONG.format(voteDate);
        List<Block> blocks = doc.blocks();
        String newline = doc.sourceText().contains("\r\n") ? "\r\n" : "\n";
        int lastHistory = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HISTORY) {
                lastHistory = i;
            }
        }
        StringBuilder out = new StringBuilder(doc.sourceText().length() + 40);
        if (lastHistory >= 0) {
            for (int i = 0; i < blocks.size(); i++) {
                String raw = blocks.get(i).raw();
                if (i == lastHistory) {
                    String body = raw.stripTrailing();
                    out.append(body).append("; Amended: ").append(date).append(raw.substring(body.length()));
                } else {
                    out.append(raw);
                }
            }
            return out.toString();
        }
        // No history line yet: add one where PRESS puts it, before the PRESSPlus comments (or at the end).
        int insertAt = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.COMMENTS_HEADING) {
                insertAt = i;
                break;
            }
        }
        for (int i = 0; i < insertAt; i++) {
            out.append(blocks.get(i).raw());
        }
        if (out.length() > 0 && !endsWithNewline(out)) {
            out.append(newline);
        }
        if (out.length() > 0 && !endsWithBlankLine(out)) {
            out.append(newline);
        }
        out.append("Adopted: ").append(date).append(newline);
        if (insertAt < blocks.size()) {
            out.append(newline);
        }
        for (int i = insertAt; i < blocks.size(); i++) {
            out.append(blocks.get(i).raw());
        }
        return out.toString();
    }

    private static boolean endsWithNewline(CharSequence s) {
        char last = s.charAt(s.length() - 1);
        return last == '\n' || last == '\r';
    }

    private static boolean endsWithBlankLine(CharSequence s) {
        String tail = s.subSequence(Math.max(0, s.length() - 4), s.length()).toString();
        return tail.endsWith("\n\n") || tail.endsWith("\r\n\r\n") || tail.endsWith("\r\r");
    }
}
