package org.policydesk.model;

import java.util.List;

/**
 * A word-level comparison of two versions of one policy, with the PRESSPlus comments of the newer text
 * so that each change can sit beside the comment that explains it.
 */
public record RedlineReport(PolicyNumber number, String title, PolicyVersion from, PolicyVersion to,
                            List<RedlineSegment> segments, List<PressComment> comments) {
    public RedlineReport {
        segments = List.copyOf(segments);
        comments = List.copyOf(comments);
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.change() != RedlineSegment.Change.SAME);
    }
}
