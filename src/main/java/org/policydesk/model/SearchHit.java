package org.policydesk.model;

import java.util.List;

/**
 * A policy whose current text holds every word searched for, with a snippet around the first hit.
 *
 * @param highlights start and end offsets in {@code snippet} of each word found
 */
public record SearchHit(long policyId, PolicyNumber number, String title, VersionStatus status, String snippet,
                        List<Span> highlights) {

    /** A half-open character range. */
    public record Span(int start, int end) {
    }

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
