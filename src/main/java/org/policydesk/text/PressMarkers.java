package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.BlockKind;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PressComment;
import org.policydesk.model.PressMarker;

/** Finds the "PRESSPlusN" markers in the text and pairs them with the PRESSPlus comments that explain them. */
final class PressMarkers {

    private static final Pattern MARKER = Pattern.compile("PRESSPlus(\\d{1,3})(?!\\d)");

    private PressMarkers() {
    }

    /** Every marker outside the comments, at its character offset in the whole text. */
    static List<PressMarker> find(List<BlockDraft> blocks, List<SourceLine> lines) {
        List<PressMarker> found = new ArrayList<>();
        for (BlockDraft b : blocks) {
            if (b.kind == BlockKind.COMMENT || b.kind == BlockKind.COMMENTS_HEADING) {
                continue;
            }
            String raw = b.raw(lines);
            if (!raw.contains("PRESSPlus")) {
                continue;
            }
            int offset = lines.get(b.start).offset();
            Matcher m = MARKER.matcher(raw);
            while (m.find()) {
                int line = b.line + (int) raw.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                found.add(new PressMarker(Integer.parseInt(m.group(1)), offset + m.start(), line));
            }
        }
        return found;
    }

    /** A warning for each marker without its comment and each comment without its marker. */
    static List<ParseWarning> unpaired(List<PressMarker> markers, Map<Integer, Comment> comments) {
        List<ParseWarning> warnings = new ArrayList<>();
        for (PressMarker marker : markers) {
            if (!comments.containsKey(marker.n())) {
                warnings.add(new ParseWarning(marker.line(),
                        "marker PRESSPlus" + marker.n() + " has no PRESSPlus comment " + marker.n()));
            }
        }
        for (Comment comment : comments.values()) {
            if (markers.stream().noneMatch(m -> m.n() == comment.n)) {
                warnings.add(new ParseWarning(comment.line,
                        "PRESSPlus comment " + comment.n + " has no PRESSPlus" + comment.n + " marker in the text"));
            }
        }
        return warnings;
    }

    /** A comment being read; continuation lines add to its text. */
    static final class Comment {
        final int n;
        final StringBuilder text;
        final int line;

        Comment(int n, String text, int line) {
            this.n = n;
            this.text = new StringBuilder(text);
            this.line = line;
        }

        PressComment toComment() {
            return CommentParser.comment(n, text.toString());
        }
    }
}
