package org.policydesk.service.library;

import java.util.Optional;

import org.policydesk.model.AuditEntry;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.AuditSubjects;
import org.policydesk.store.ContentHash;
import org.policydesk.store.NewVersion;
import org.policydesk.store.PolicyRepository;

/**
 * Stores one imported document as its policy's next version, inside the caller's transaction: unless that
 * policy already holds the identical text; the policy created when new; a doubtful text as a draft marked for
 * review; the audit event beside it. Shared by text imports and issue 17's file imports.
 */
final class VersionImport {

    /** The version stored, or the identical one found. */
    record Stored(PolicyVersion version, boolean duplicate) {
    }

    private VersionImport() {
    }

    static Stored store(PolicyRepository tx, String sourceName, PolicyDocument document, boolean review,
                        NewVersion.Original original) {
        String hash = ContentHash.of(document.sourceText());
        PolicyNumber number = document.number();
        Optional<Long> policyId = number == null ? Optional.empty() : tx.findPolicyId(number);
        Optional<PolicyVersion> existing = number == null
                ? tx.findUnnumberedVersionByHash(hash)
                : policyId.flatMap(id -> tx.findVersionByHash(id, hash));
        if (existing.isPresent()) {
            return new Stored(existing.get(), true);
        }
        // A text without a title is listed under its file name until someone names it.
        String title = blankToNull(document.title()) == null ? sourceName : document.title();
        long id = policyId.orElseGet(() -> tx.createPolicy(number, title, document.section()));
        if (policyId.isPresent()) {
            tx.updateHeading(id, blankToNull(document.title()), document.section());
        }
        // A text only half understood is kept exactly, as a draft for a person to review.
        NewVersion version = new NewVersion(document, review ? VersionStatus.DRAFT : ImportedStatus.of(document),
                sourceName, review, document.pressIssue().orElse(null), original);
        PolicyVersion added = tx.addVersion(id, version);
        tx.audit().append(AuditEntry.of("policy.import", AuditSubjects.POLICY, AuditSubjects.policyKey(number, id))
                .with("version", added.seq())
                .with("status", added.status().name())
                .with("content_hash", added.contentHash())
                .with("source", sourceName)
                .with("title", document.title())
                .with("needs_review", review));
        return new Stored(added, false);
    }

    /**
     * A text the parser struggled with needs a person to look at it: one it could not name, or one with
     * lines it could not place (its warnings name them). Marker/comment mismatches are left to the draft checks.
     */
    static boolean halfUnderstood(PolicyDocument document) {
        boolean unnamed = document.number() == null || document.title() == null || document.title().isBlank();
        boolean unplaced = document.warnings().stream().anyMatch(w -> !w.message().contains("PRESSPlus"));
        return !document.warnings().isEmpty() && (unnamed || unplaced);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
