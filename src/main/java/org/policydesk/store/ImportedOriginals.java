package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.ORIGINAL_FILE;
import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.POLICY_VERSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.OriginalFile;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SourceFormat;
import org.policydesk.model.VersionStatus;

/**
 * What issue 17 keeps about imports: each version's original file (stored once per distinct file), the
 * "needs review" mark until a person confirms, and withdrawal of an import the board never adopted. Obtain it
 * from {@link PolicyRepository#imports()} so that it takes part in that repository's transaction.
 */
public final class ImportedOriginals {

    /** Why a policy cannot be withdrawn. */
    public static final class NotWithdrawableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotWithdrawableException(String message) {
            super(message);
        }
    }

    private final DSLContext dsl;
    private final Clock clock;

    ImportedOriginals(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The id of the stored file with these bytes, storing it first when it is new. */
    public long keep(String fileName, SourceFormat format, byte[] content) {
        String hash = ContentHash.of(content);
        Optional<Long> known = dsl.select(ORIGINAL_FILE.ID).from(ORIGINAL_FILE)
                .where(ORIGINAL_FILE.SHA256.eq(hash)).fetchOptional(ORIGINAL_FILE.ID);
        if (known.isPresent()) {
            return known.get();
        }
        return dsl.insertInto(ORIGINAL_FILE)
                .set(ORIGINAL_FILE.SHA256, hash)
                .set(ORIGINAL_FILE.FILE_NAME, PolicyRepository.fit(ORIGINAL_FILE.FILE_NAME, fileName))
                .set(ORIGINAL_FILE.MEDIA_TYPE, format.mediaType())
                .set(ORIGINAL_FILE.BYTE_SIZE, (long) content.length)
                .set(ORIGINAL_FILE.CONTENT, content)
                .set(ORIGINAL_FILE.STORED_AT, now())
                .returning(ORIGINAL_FILE.ID).fetchOne().getId();
    }

    /** The file a version was imported from, when it was kept. */
    public Optional<OriginalFile> original(long versionId) {
        return dsl.select(ORIGINAL_FILE.FILE_NAME, ORIGINAL_FILE.MEDIA_TYPE, ORIGINAL_FILE.CONTENT,
                        POLICY_VERSION.ORIGINAL_FIRST_PAGE, POLICY_VERSION.ORIGINAL_LAST_PAGE)
                .from(POLICY_VERSION).join(ORIGINAL_FILE).on(ORIGINAL_FILE.ID.eq(POLICY_VERSION.ORIGINAL_ID))
                .where(POLICY_VERSION.ID.eq(versionId))
                .fetchOptional(r -> new OriginalFile(r.value1(), SourceFormat.ofMediaType(r.value2()), r.value3(),
                        r.value4() == null ? 0 : r.value4(), r.value5() == null ? 0 : r.value5()));
    }

    /**
     * A person looked at a doubtful import and confirmed (or typed) its number, title and section: the mark
     * goes, the heading is set, and the audit trail records who decided what.
     */
    public void confirm(long policyId, long versionId, PolicyNumber number, String title, String section) {
        dsl.update(POLICY)
                .set(POLICY.NUMBER, number == null ? null : number.toString())
                .set(POLICY.TITLE, PolicyRepository.fit(POLICY.TITLE, title == null ? "" : title))
                .set(POLICY.SECTION, PolicyRepository.fit(POLICY.SECTION, section))
                .where(POLICY.ID.eq(policyId)).execute();
        dsl.update(POLICY_VERSION).set(POLICY_VERSION.NEEDS_REVIEW, false)
                .where(POLICY_VERSION.ID.eq(versionId)).execute();
        AuditTrail.joining(dsl, clock).append(AuditEntry.of("policy.import.confirm", AuditKinds.POLICY, key(number, policyId))
                .with("version_id", versionId)
                .with("number", number == null ? "" : number.toString())
                .with("title", title == null ? "" : title)
                .with("section", section == null ? "" : section));
    }

    /**
     * Withdraws an imported policy that was never adopted: it leaves the list, its open versions are
     * discarded (kept, as every version is), and its number is freed for a corrected import. Audited.
     */
    public void withdraw(long policyId, String reason) {
        List<String> statuses = dsl.select(POLICY_VERSION.STATUS).from(POLICY_VERSION)
                .where(POLICY_VERSION.POLICY_ID.eq(policyId)).fetch(POLICY_VERSION.STATUS);
        if (statuses.isEmpty()) {
            throw new NotWithdrawableException("no policy with id " + policyId);
        }
        if (statuses.contains(VersionStatus.ADOPTED.name()) || statuses.contains(VersionStatus.SUPERSEDED.name())) {
            throw new NotWithdrawableException("this policy has an adopted version; adopted policies are the"
                    + " board's record and cannot be withdrawn");
        }
        String number = dsl.select(POLICY.NUMBER).from(POLICY).where(POLICY.ID.eq(policyId)).fetchOne(POLICY.NUMBER);
        dsl.update(POLICY_VERSION).set(POLICY_VERSION.STATUS, VersionStatus.DISCARDED.name())
                .set(POLICY_VERSION.CHANGED_AT, now())
                .where(POLICY_VERSION.POLICY_ID.eq(policyId)
                        .and(POLICY_VERSION.STATUS.in(VersionStatus.DRAFT.name(), VersionStatus.COMMITTEE.name(),
                                VersionStatus.FIRST_READING.name(), VersionStatus.HELD.name())))
                .execute();
        dsl.update(POLICY).set(POLICY.WITHDRAWN_AT, now()).set(POLICY.WITHDRAWN_NUMBER, number)
                .setNull(POLICY.NUMBER).where(POLICY.ID.eq(policyId)).execute();
        AuditTrail.joining(dsl, clock).append(AuditEntry.of("policy.withdraw", AuditKinds.POLICY, number == null ? "id:" + policyId : number)
                .with("number", number == null ? "" : number)
                .with("reason", reason == null ? "" : reason));
    }

    public boolean isWithdrawn(long policyId) {
        return dsl.fetchExists(POLICY, POLICY.ID.eq(policyId).and(POLICY.WITHDRAWN_AT.isNotNull()));
    }

    private static String key(PolicyNumber number, long policyId) {
        return number == null ? "id:" + policyId : number.toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
