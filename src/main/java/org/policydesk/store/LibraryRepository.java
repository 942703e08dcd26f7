package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.CROSS_REF;
import static org.policydesk.store.jooq.Tables.DRAFT_EDITOR_STATE;
import static org.policydesk.store.jooq.Tables.LEGAL_REF;
import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.PRESS_COMMENT;
import static org.policydesk.store.jooq.Tables.VERSION_EVENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.IssueSummary;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.PressComment;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.VersionEvent;
import org.policydesk.model.VersionStatus;
import org.policydesk.store.jooq.tables.records.PolicyVersionRecord;

/**
 * The policy library's rows: status changes and their history, draft text and editor state, the word index,
 * PRESS issues and reference look-ups. Works in the same transactions as {@link PolicyRepository}.
 */
public final class LibraryRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final PolicyRepository policies;
    private final Runnable flush;

    public LibraryRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public LibraryRepository(Database database, Clock clock) {
        this(database.dsl(), clock, database::flush);
    }

    private LibraryRepository(DSLContext dsl, Clock clock, Runnable flush) {
        this.dsl = dsl;
        this.clock = clock;
        this.flush = flush;
        this.policies = new PolicyRepository(dsl, clock);
    }

    /** Runs {@code work} in one transaction; both repositories handed to it take part in it. */
    public <T> T inTransaction(Function<LibraryRepository, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new LibraryRepository(cfg.dsl(), clock, () -> { })));
    }

    /** Makes what was committed survive a killed process at once (draft autosave); outside transactions only. */
    public void flushToDisk() {
        flush.run();
    }

    /** The audit trail, taking part in this repository's transaction (see {@link PolicyRepository#audit()}). */
    public AuditTrail audit() {
        return policies.audit();
    }

    /** The policy repository on the same connection (and transaction) as this one. */
    public PolicyRepository policies() {
        return policies;
    }

    public Optional<PolicyVersion> versionById(long versionId) {
        return dsl.selectFrom(POLICY_VERSION).where(POLICY_VERSION.ID.eq(versionId))
                .fetchOptional(PolicyRepository::toVersion);
    }

    public Optional<PolicyNumber> policyNumber(long policyId) {
        return dsl.select(POLICY.NUMBER).from(POLICY).where(POLICY.ID.eq(policyId))
                .fetchOptional(POLICY.NUMBER).map(n -> n == null ? null : PolicyNumber.parse(n));
    }

    /** The adoption facts of a version: outcome, vote date, editorial flag, the seq it was based on. */
    public record Adoption(AdoptionOutcome outcome, LocalDate voteDate, boolean editorial, Integer basedOnSeq) {
    }

    public Adoption adoption(long versionId) {
        PolicyVersionRecord r = dsl.selectFrom(POLICY_VERSION).where(POLICY_VERSION.ID.eq(versionId)).fetchSingle();
        return new Adoption(r.getOutcome() == null ? null : AdoptionOutcome.valueOf(r.getOutcome()), r.getVoteDate(),
                Boolean.TRUE.equals(r.getEditorial()), r.getBasedOnSeq());
    }

    /** Replaces an open version's text and the rows derived from it; refreshes the word index. */
    public PolicyVersion replaceText(long versionId, PolicyDocument doc) {
        PolicyVersionRecord row = dsl.selectFrom(POLICY_VERSION).where(POLICY_VERSION.ID.eq(versionId)).fetchSingle();
        row.setSourceText(doc.sourceText());
        row.setContentHash(ContentHash.of(doc.sourceText()));
        row.setStatusLabel(PolicyRepository.fit(POLICY_VERSION.STATUS_LABEL, doc.statusLabel()));
        if (doc.pressIssue().isPresent()) {
            row.setPressIssue(doc.pressIssue().get());
        }
        row.setChangedAt(policies.now());
        row.store();
        DerivedRows.delete(dsl, versionId);
        DerivedRows.insert(dsl, versionId, doc);
        SearchWords.reindex(dsl, row.getPolicyId());
        return PolicyRepository.toVersion(row);
    }

    /** Changes a version's status; the word index follows, since a status decides which text is current. */
    public void setStatus(long versionId, VersionStatus status) {
        dsl.update(POLICY_VERSION).set(POLICY_VERSION.STATUS, status.name())
                .set(POLICY_VERSION.CHANGED_AT, policies.now())
                .where(POLICY_VERSION.ID.eq(versionId)).execute();
        dsl.select(POLICY_VERSION.POLICY_ID).from(POLICY_VERSION).where(POLICY_VERSION.ID.eq(versionId))
                .fetchOptional(POLICY_VERSION.POLICY_ID).ifPresent(policyId -> SearchWords.reindex(dsl, policyId));
    }

    public void setAdoption(long versionId, LocalDate voteDate, AdoptionOutcome outcome, boolean editorial) {
        dsl.update(POLICY_VERSION).set(POLICY_VERSION.VOTE_DATE, voteDate)
                .set(POLICY_VERSION.OUTCOME, outcome == null ? null : outcome.name())
                .set(POLICY_VERSION.EDITORIAL, editorial)
                .where(POLICY_VERSION.ID.eq(versionId)).execute();
    }

    public void setBasedOn(long versionId, int seq) {
        dsl.update(POLICY_VERSION).set(POLICY_VERSION.BASED_ON_SEQ, seq).where(POLICY_VERSION.ID.eq(versionId)).execute();
    }

    /** Ties a version to a PRESS update issue (an issue import given its number by the user). */
    public void setPressIssue(long versionId, int issue) {
        dsl.update(POLICY_VERSION).set(POLICY_VERSION.PRESS_ISSUE, issue).where(POLICY_VERSION.ID.eq(versionId)).execute();
    }

    public void addEvent(long versionId, VersionStatus from, VersionStatus to, LocalDate voteDate, String note) {
        var r = dsl.newRecord(VERSION_EVENT);
        r.setVersionId(versionId);
        r.setHappenedAt(policies.now());
        r.setFromStatus(from == null ? null : from.name());
        r.setToStatus(to.name());
        r.setVoteDate(voteDate);
        r.setNote(PolicyRepository.fit(VERSION_EVENT.NOTE, note));
        r.store();
    }

    /** The workflow history of every version of a policy, oldest first. */
    public List<VersionEvent> events(long policyId) {
        return dsl.select(POLICY_VERSION.SEQ, VERSION_EVENT.HAPPENED_AT, VERSION_EVENT.FROM_STATUS,
                        VERSION_EVENT.TO_STATUS, VERSION_EVENT.VOTE_DATE, VERSION_EVENT.NOTE)
                .from(VERSION_EVENT).join(POLICY_VERSION).on(POLICY_VERSION.ID.eq(VERSION_EVENT.VERSION_ID))
                .where(POLICY_VERSION.POLICY_ID.eq(policyId))
                .orderBy(VERSION_EVENT.ID)
                .fetch(r -> new VersionEvent(r.value1(), r.value2().toInstant(),
                        r.value3() == null ? null : VersionStatus.valueOf(r.value3()), VersionStatus.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    public void saveCaret(long versionId, int caret) {
        int updated = dsl.update(DRAFT_EDITOR_STATE).set(DRAFT_EDITOR_STATE.CARET, caret)
                .set(DRAFT_EDITOR_STATE.SAVED_AT, policies.now())
                .where(DRAFT_EDITOR_STATE.VERSION_ID.eq(versionId)).execute();
        if (updated == 0) {
            dsl.insertInto(DRAFT_EDITOR_STATE, DRAFT_EDITOR_STATE.VERSION_ID, DRAFT_EDITOR_STATE.CARET,
                    DRAFT_EDITOR_STATE.SAVED_AT).values(versionId, caret, policies.now()).execute();
        }
    }

    public OptionalInt caret(long versionId) {
        return dsl.select(DRAFT_EDITOR_STATE.CARET).from(DRAFT_EDITOR_STATE)
                .where(DRAFT_EDITOR_STATE.VERSION_ID.eq(versionId))
                .fetchOptional(DRAFT_EDITOR_STATE.CARET).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    // ---- search ------------------------------------------------------------------------------------

    /** Policies whose current text has a word starting with each term: at most {@code limit} ids. */
    public List<Long> searchPolicies(List<String> terms, int limit) {
        Set<Long> found = SearchWords.matching(dsl, terms);
        if (found.size() <= limit) {
            return found.stream().sorted().toList();
        }
        // Too many: the first by number. All numbers in one plain query; an IN list or a join on the
        // INTERSECT is far slower on H2.
        return dsl.select(POLICY.ID, POLICY.NUMBER).from(POLICY).fetch().stream()
                .filter(r -> found.contains(r.value1()))
                .sorted(java.util.Comparator.comparing(r -> r.value2() == null ? null : PolicyNumber.parse(r.value2()),
                        java.util.Comparator.nullsLast(java.util.Comparator.<PolicyNumber>naturalOrder())))
                .limit(limit).map(r -> r.value1()).toList();
    }

    /** The current text (see {@link PolicyRepository#withCurrentVersion}) per policy id, for the given ids. */
    public Map<Long, Record> currentRows(Collection<Long> policyIds) {
        Map<Long, Record> rows = new LinkedHashMap<>();
        dsl.select(POLICY.ID, POLICY.NUMBER, POLICY.TITLE, POLICY_VERSION.STATUS, POLICY_VERSION.SOURCE_TEXT)
                .from(PolicyRepository.withCurrentVersion(POLICY_VERSION.POLICY_ID.in(policyIds)))
                .forEach(r -> rows.put(r.get(POLICY.ID), r));
        return rows;
    }

    /** A search result row: id, number, title, status and current text. */
    public record CurrentText(long policyId, PolicyNumber number, String title, VersionStatus status, String text) {
    }

    public List<CurrentText> currentTexts(Collection<Long> policyIds) {
        return currentRows(policyIds).values().stream().map(r -> new CurrentText(r.get(POLICY.ID),
                r.get(POLICY.NUMBER) == null ? null : PolicyNumber.parse(r.get(POLICY.NUMBER)), r.get(POLICY.TITLE),
                VersionStatus.valueOf(r.get(POLICY_VERSION.STATUS)), r.get(POLICY_VERSION.SOURCE_TEXT))).toList();
    }

    // ---- references --------------------------------------------------------------------------------

    /** Every CROSS REF of every policy's current text. */
    public List<ReferenceHit> currentCrossRefs() {
        return dsl.select(POLICY.NUMBER, POLICY.TITLE, POLICY_VERSION.SEQ, POLICY_VERSION.STATUS, CROSS_REF.NUMBER,
                        CROSS_REF.TITLE)
                .from(PolicyRepository.withCurrentVersion(DSL.noCondition()))
                .join(CROSS_REF).on(CROSS_REF.VERSION_ID.eq(POLICY_VERSION.ID))
                .orderBy(POLICY.NUMBER, CROSS_REF.ORDINAL)
                .fetch(this::hit);
    }

    /** The CROSS REFs of current texts that name {@code number}. */
    public List<ReferenceHit> crossRefsTo(PolicyNumber number) {
        return dsl.select(POLICY.NUMBER, POLICY.TITLE, POLICY_VERSION.SEQ, POLICY_VERSION.STATUS, CROSS_REF.NUMBER,
                        CROSS_REF.TITLE)
                .from(PolicyRepository.withCurrentVersion(DSL.noCondition()))
                .join(CROSS_REF).on(CROSS_REF.VERSION_ID.eq(POLICY_VERSION.ID))
                .where(CROSS_REF.NUMBER.eq(number.toString()))
                .fetch(this::hit);
    }

    /** The LEGAL REFs of current texts whose lower-cased text contains {@code fragment} (lower-case). */
    public List<ReferenceHit> legalRefsContaining(String fragment) {
        return dsl.select(POLICY.NUMBER, POLICY.TITLE, POLICY_VERSION.SEQ, POLICY_VERSION.STATUS, LEGAL_REF.TEXT,
                        DSL.inline((String) null).as("t"))
                .from(PolicyRepository.withCurrentVersion(DSL.noCondition()))
                .join(LEGAL_REF).on(LEGAL_REF.VERSION_ID.eq(POLICY_VERSION.ID))
                .where(DSL.lower(LEGAL_REF.TEXT).contains(fragment))
                .orderBy(LEGAL_REF.ORDINAL)
                .fetch(this::hit);
    }

    private ReferenceHit hit(Record r) {
        String number = r.get(0, String.class);
        return new ReferenceHit(number == null ? null : PolicyNumber.parse(number), r.get(1, String.class),
                r.get(2, Integer.class), VersionStatus.valueOf(r.get(3, String.class)), r.get(4, String.class),
                r.get(5, String.class));
    }

    /** Every policy number in the store. */
    public Set<PolicyNumber> policyNumbers() {
        return Set.copyOf(dsl.select(POLICY.NUMBER).from(POLICY).where(POLICY.NUMBER.isNotNull())
                .fetch(r -> PolicyNumber.parse(r.value1())));
    }

    // ---- PRESS issues ------------------------------------------------------------------------------

    public List<IssueSummary> issues() {
        var open = DSL.count().filterWhere(POLICY_VERSION.STATUS.in("DRAFT", "COMMITTEE", "FIRST_READING", "HELD"));
        return dsl.select(POLICY_VERSION.PRESS_ISSUE, DSL.countDistinct(POLICY_VERSION.POLICY_ID), open)
                .from(POLICY_VERSION).where(POLICY_VERSION.PRESS_ISSUE.isNotNull())
                .groupBy(POLICY_VERSION.PRESS_ISSUE).orderBy(POLICY_VERSION.PRESS_ISSUE.desc())
                .fetch(r -> new IssueSummary(r.value1(), r.value2(), r.value3()));
    }

    /** The versions tied to an issue, newest per policy, with their policy's number and title. */
    public record IssueRow(long policyId, PolicyNumber number, String title, PolicyVersion version) {
    }

    public List<IssueRow> issueVersions(int issue) {
        Map<Long, IssueRow> latest = new LinkedHashMap<>();
        dsl.select(POLICY.NUMBER, POLICY.TITLE).select(POLICY_VERSION.fields())
                .from(POLICY_VERSION).join(POLICY).on(POLICY.ID.eq(POLICY_VERSION.POLICY_ID))
                .where(POLICY_VERSION.PRESS_ISSUE.eq(issue))
                .orderBy(POLICY_VERSION.SEQ)
                .forEach(r -> {
                    PolicyVersion v = PolicyRepository.toVersion(r.into(POLICY_VERSION));
                    String n = r.get(POLICY.NUMBER);
                    latest.put(v.policyId(), new IssueRow(v.policyId(), n == null ? null : PolicyNumber.parse(n),
                            r.get(POLICY.TITLE), v));
                });
        return latest.values().stream()
                .sorted(java.util.Comparator.comparing(IssueRow::number,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    public List<PressComment> comments(long versionId) {
        return dsl.selectFrom(PRESS_COMMENT).where(PRESS_COMMENT.VERSION_ID.eq(versionId))
                .orderBy(PRESS_COMMENT.N, PRESS_COMMENT.ID)
                .fetch(r -> new PressComment(r.getN(), r.getText(), r.getIssue(),
                        r.getIssued() == null ? null : YearMonth.parse(r.getIssued())));
    }
}
