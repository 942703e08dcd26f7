package org.policydesk.store;

import java.util.Objects;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.VersionStatus;

/**
 * A version about to be stored. The text, status label and derived rows all come from {@code document},
 * so they cannot disagree with each other. The PRESS issue is the document's own unless given.
 */
public record NewVersion(PolicyDocument document, VersionStatus status, String sourceName, boolean needsReview,
                         Integer pressIssue) {
    public NewVersion {
        Objects.requireNonNull(document);
        Objects.requireNonNull(status);
    }

    public NewVersion(PolicyDocument document, VersionStatus status, String sourceName, boolean needsReview) {
        this(document, status, sourceName, needsReview, document.pressIssue().orElse(null));
    }
}
