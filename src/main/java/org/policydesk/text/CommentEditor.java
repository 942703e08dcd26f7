package org.policydesk.text;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PressComment;

/**
 * Edits a PRESSPlus comment in the text: its wording, issue number and issued month. The comment is
 * rewritten as one line in PRESS form, "PRESSPlus 1. Wording. **Issue 117, October 2024**"; a new
 * number adds a comment (and the "PRESSPlus Comments" heading when there is none). Everything else in the
 * text stays as it was.
 */
public final class CommentEditor {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    /** The issue trailer as comments end: "Issue 117, October 2024". */
    private static final Pattern TRAILER = Pattern.compile("(?i)\\s*\\bIssue\\s*(?:No\\.?\\s*|#\\s*)?\\d{1,4}\\b.*$");

    /** The comment's wording without the issue trailer, for an edit box. */
    public static String wording(PressComment comment) {
        return TRAILER.matcher(comment.text()).replaceFirst("").strip();
    }

    public String edit(PolicyDocument doc, int n, String wording, Integer issue, YearMonth issued) {
        String newline = doc.sourceText().contains("\r\n") ? "\r\n" : "\n";
        String line = line(n, wording, issue, issued);
        List<Block> blocks = doc.blocks();
        StringBuilder out = new StringBuilder(doc.sourceText().length() + 80);
        boolean replaced = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.COMMENT && b.label().equals("PRESSPlus " + n + ".") && !replaced) {
                String raw = b.raw();
                String ending = raw.substring(raw.stripTrailing().length());
                out.append(line).append(ending);
                replaced = true;
                // Continuation lines of the same comment are part of what was rewritten.
                while (i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.COMMENT
                        && blocks.get(i + 1).continuation()) {
                    i++;
                }
                continue;
            }
            out.append(b.raw());
        }
        if (replaced) {
            return out.toString();
        }
        boolean hasHeading = blocks.stream().anyMatch(b -> b.kind() == BlockKind.COMMENTS_HEADING);
        String text = out.toString().stripTrailing();
        StringBuilder added = new StringBuilder(text);
        added.append(newline).append(newline);
        if (!hasHeading) {
            added.append("PRESSPlus Comments").append(newline).append(newline);
        }
        added.append(line).append(newline);
        return added.toString();
    }

    static String line(int n, String wording, Integer issue, YearMonth issued) {
        StringBuilder s = new StringBuilder("PRESSPlus ").append(n).append(". ");
        String w = wording == null ? "" : wording.strip().replaceAll("\\s*\\R\\s*", " ");
        s.append(w);
        if (issue != null || issued != null) {
            if (!w.isEmpty() && !w.endsWith(".")) {
                s.append('.');
            }
            s.append(w.isEmpty() ? "**" : " **");
            if (issue != null) {
                s.append("Issue ").append(issue);
            }
            if (issued != null) {
                s.append(issue != null ? ", " : "").append(MONTH.format(issued));
            }
            s.append("**");
        }
        return s.toString();
    }
}
