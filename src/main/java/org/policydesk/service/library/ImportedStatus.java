package org.policydesk.service.library;

import java.util.Locale;
import java.util.regex.Pattern;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.VersionStatus;

/** The status a freshly imported text starts in, read from its own status line and history. */
public final class ImportedStatus {

    /** "Adopted", "Adopted (sample)", but not "Not adopted". */
    private static final Pattern ADOPTED = Pattern.compile("(?<!not )\\badopted\\b");

    private ImportedStatus() {
    }

    static VersionStatus of(PolicyDocument document) {
        String label = document.statusLabel() == null ? "" : document.statusLabel().toLowerCase(Locale.ROOT);
        if (label.isBlank()) {
            // PRESSPlus comments belong to an update issue that no board has acted on yet.
            if (!document.comments().isEmpty()) {
                return VersionStatus.DRAFT;
            }
            return document.lastAdoption().isPresent() ? VersionStatus.ADOPTED : VersionStatus.DRAFT;
        }
        if (label.contains("draft")) {
            return VersionStatus.DRAFT;
        }
        return ADOPTED.matcher(label).find() ? VersionStatus.ADOPTED : VersionStatus.DRAFT;
    }
}
