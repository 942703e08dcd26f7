package org.policydesk.model;

import java.util.List;

/** One policy touched by a PRESS update issue: its version for that issue, status and comments. */
public record IssuePolicy(long policyId, PolicyNumber number, String title, PolicyVersion version,
                          List<PressComment> comments) {
    public IssuePolicy {
        comments = List.copyOf(comments);
    }
}
