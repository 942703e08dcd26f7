package org.policydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in a version's workflow: created, sent to committee, adopted on a vote date…
 *
 * @param from     the status before, or null when the version was created
 * @param voteDate the board's vote date for an adoption, else null
 * @param note     what else happened ("adopted with district edits", "editorial change"), or null
 */
public record VersionEvent(int versionSeq, Instant at, VersionStatus from, VersionStatus to, LocalDate voteDate,
                           String note) {
    public VersionEvent {
        Objects.requireNonNull(at);
        Objects.requireNonNull(to);
    }
}
