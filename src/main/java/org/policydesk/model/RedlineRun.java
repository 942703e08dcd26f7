package org.policydesk.model;

import java.util.Objects;

/**
 * A piece of a redline in one emphasis: a segment's words cut where bold or italic starts or ends in the text
 * they come from (the newer text for shared and inserted words, the older for deleted ones).
 */
public record RedlineRun(RedlineSegment.Change change, String text, RunStyle style) {
    public RedlineRun {
        Objects.requireNonNull(change);
        Objects.requireNonNull(text);
        Objects.requireNonNull(style);
    }
}
