package org.policydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a policy. {@code sourceText} is exactly the text imported or saved, and
 * {@code contentHash} its SHA-256 in lower-case hex.
 *
 * @param seq         1, 2, 3… within the policy
 * @param statusLabel the document's own status line ("Draft Update"), or null
 * @param sourceName  the file it was imported from, or null
 */
public record PolicyVersion(long id, long policyId, int seq, VersionStatus status, String statusLabel,
                            String sourceText, String contentHash, Integer pressIssue, String sourceName,
                            boolean needsReview, Instant createdAt, Instant changedAt) {
    public PolicyVersion {
        Objects.requireNonNull(status);
        Objects.requireNonNull(sourceText);
        Objects.requireNonNull(contentHash);
    }
}
