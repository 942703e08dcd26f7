package org.policydesk.store;

import java.util.Objects;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.VersionStatus;

/**
 * A version about to be stored. The text, status label, PRESS issue and derived rows all come from
 * {@code document}, so they cannot disagree with each other.
 */
public record NewVersion(PolicyDocument document, VersionStatus status, String sourceName, boolean needsReview) {
    public NewVersion {
        Objects.requireNonNull(document);
        Objects.requireNonNull(status);
    }
}
