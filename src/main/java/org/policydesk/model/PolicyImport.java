package org.policydesk.model;

import java.util.Objects;

/**
 * One policy stored from an imported file: what was recognised (with confidences and its place in the file),
 * the version stored (or the identical one already there), and whether it was already there.
 */
public record PolicyImport(RecognisedPolicy recognised, PolicyVersion version, boolean duplicate) {

    public PolicyImport {
        Objects.requireNonNull(recognised);
        Objects.requireNonNull(version);
    }

    public PolicyDocument document() {
        return recognised.document();
    }
}
