package org.policydesk.model;

import java.util.List;

/**
 * A word-level comparison of two versions of one policy, with the PRESSPlus comments of the newer text
 * so that each change can sit beside the comment that explains it.
 *
 * @param runs the same segments cut into runs of one emphasis, so a screen can keep bold and italic
 */
public record RedlineReport(PolicyNumber number, String title, PolicyVersion from, PolicyVersion to,
                            List<RedlineSegment> segments, List<PressComment> comments, List<RedlineRun> runs) {
    public RedlineReport {
        segments = List.copyOf(segments);
        comments = List.copyOf(comments);
        runs = List.copyOf(runs);
    }

    /** A report without emphasis: each segment is one plain run. */
    public RedlineReport(PolicyNumber number, String title, PolicyVersion from, PolicyVersion to,
                         List<RedlineSegment> segments, List<PressComment> comments) {
        this(number, title, from, to, segments, comments,
                segments.stream().map(s -> new RedlineRun(s.change(), s.text(), RunStyle.PLAIN)).toList());
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.change() != RedlineSegment.Change.SAME);
    }
}
