package org.policydesk.store;

import java.util.Objects;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.VersionStatus;

/**
 * A version about to be stored. The text, status label and derived rows all come from {@code document},
 * so they cannot disagree with each other. The PRESS issue is the document's own unless given.
 */
public record NewVersion(PolicyDocument document, VersionStatus status, String sourceName, boolean needsReview,
                         Integer pressIssue, Original original) {

    /**
     * The kept file this version came from ({@link ImportedOriginals#keep}) and its pages, 0 when it has none.
     */
    public record Original(long fileId, int firstPage, int lastPage) {
    }

    public NewVersion {
        Objects.requireNonNull(document);
        Objects.requireNonNull(status);
    }

    public NewVersion(PolicyDocument document, VersionStatus status, String sourceName, boolean needsReview,
                      Integer pressIssue) {
        this(document, status, sourceName, needsReview, pressIssue, null);
    }

    public NewVersion(PolicyDocument document, VersionStatus status, String sourceName, boolean needsReview) {
        this(document, status, sourceName, needsReview, document.pressIssue().orElse(null));
    }
}
