package org.policydesk.store;

import static org.jooq.impl.DSL.max;
import static org.policydesk.store.jooq.Tables.CROSS_REF;
import static org.policydesk.store.jooq.Tables.IMPORT_WARNING;
import static org.policydesk.store.jooq.Tables.LEGAL_REF;
import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.PRESS_COMMENT;
import static org.policydesk.store.jooq.Tables.VERSION_HISTORY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.PressComment;
import org.policydesk.model.VersionDating;
import org.policydesk.model.VersionStatus;
import org.policydesk.store.jooq.tables.records.PolicyRecord;
import org.policydesk.store.jooq.tables.records.PolicyVersionRecord;

/** Policies, their versions and the rows derived from each version's text. */
public final class PolicyRepository {

    private static final Comparator<PolicySummary> LIST_ORDER = Comparator
            .comparing(PolicySummary::number, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PolicySummary::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(PolicySummary::id);

    private final DSLContext dsl;
    private final Clock clock;

    public PolicyRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public PolicyRepository(Database database, Clock clock) {
        this(database.dsl(), clock);
    }

    PolicyRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Runs {@code work} in one transaction; the repository handed to it takes part in that transaction. */
    public <T> T inTransaction(Function<PolicyRepository, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new PolicyRepository(cfg.dsl(), clock)));
    }

    /**
     * The audit trail, taking part in this repository's transaction when called on the repository that
     * {@link #inTransaction} hands out: append there and the event commits or rolls back with the change.
     */
    public AuditTrail audit() {
        return AuditTrail.joining(dsl, clock);
    }

    public boolean hasPolicies() {
        return dsl.fetchExists(POLICY);
    }

    public Optional<Long> findPolicyId(PolicyNumber number) {
        return dsl.select(POLICY.ID).from(POLICY)
                .where(POLICY.NUMBER.eq(number.toString()))
                .fetchOptional(POLICY.ID);
    }

    /** Creates a policy; {@code number} is null for a text whose number was not recognised. */
    public long createPolicy(PolicyNumber number, String title, String section) {
        PolicyRecord policy = dsl.newRecord(POLICY);
        policy.setNumber(number == null ? null : number.toString());
        policy.setTitle(fit(POLICY.TITLE, title == null ? "" : title));
        policy.setSection(fit(POLICY.SECTION, section));
        policy.setCreatedAt(now());
        policy.store();
        return policy.getId();
    }

    /** Sets a policy's title and section from its newest text; a null value leaves that column as it is. */
    public void updateHeading(long policyId, String title, String section) {
        dsl.update(POLICY)
                .set(POLICY.TITLE, DSL.coalesce(DSL.val(fit(POLICY.TITLE, title)), POLICY.TITLE))
                .set(POLICY.SECTION, DSL.coalesce(DSL.val(fit(POLICY.SECTION, section)), POLICY.SECTION))
                .where(POLICY.ID.eq(policyId))
                .execute();
    }

    public Optional<PolicyVersion> findVersionByHash(long policyId, String contentHash) {
        return dsl.selectFrom(POLICY_VERSION)
                .where(POLICY_VERSION.POLICY_ID.eq(policyId).and(POLICY_VERSION.CONTENT_HASH.eq(contentHash)))
                .orderBy(POLICY_VERSION.SEQ)
                .limit(1)
                .fetchOptional(PolicyRepository::toVersion);
    }

    /** A version with this hash among the policies that have no number: how unnumbered texts are deduplicated. */
    public Optional<PolicyVersion> findUnnumberedVersionByHash(String contentHash) {
        return dsl.select(POLICY_VERSION.fields()).from(POLICY_VERSION)
                .join(POLICY).on(POLICY.ID.eq(POLICY_VERSION.POLICY_ID))
                .where(POLICY.NUMBER.isNull().and(POLICY_VERSION.CONTENT_HASH.eq(contentHash)))
                .orderBy(POLICY_VERSION.ID)
                .limit(1)
                .fetchOptional(r -> toVersion(r.into(POLICY_VERSION)));
    }

    /** Adds the policy's next version and the rows derived from its document, all or nothing. */
    public PolicyVersion addVersion(long policyId, NewVersion version) {
        return inTransaction(tx -> tx.insertVersion(policyId, version));
    }

    private PolicyVersion insertVersion(long policyId, NewVersion version) {
        PolicyDocument doc = version.document();
        OffsetDateTime now = now();
        PolicyVersionRecord row = dsl.newRecord(POLICY_VERSION);
        row.setPolicyId(policyId);
        row.setSeq(nextSeq(policyId));
        row.setStatus(version.status().name());
        row.setStatusLabel(fit(POLICY_VERSION.STATUS_LABEL, doc.statusLabel()));
        row.setSourceText(doc.sourceText());
        row.setContentHash(ContentHash.of(doc.sourceText()));
        row.setPressIssue(version.pressIssue());
        row.setSourceName(fit(POLICY_VERSION.SOURCE_NAME, version.sourceName()));
        row.setNeedsReview(version.needsReview());
        if (version.original() != null) {
            row.setOriginalId(version.original().fileId());
            row.setOriginalFirstPage(version.original().firstPage() > 0 ? version.original().firstPage() : null);
            row.setOriginalLastPage(version.original().lastPage() > 0 ? version.original().lastPage() : null);
        }
        row.setCreatedAt(now);
        row.setChangedAt(now);
        row.store();
        insertDerivedRows(row.getId(), doc);
        return toVersion(row);
    }

    private int nextSeq(long policyId) {
        Integer last = dsl.select(max(POLICY_VERSION.SEQ)).from(POLICY_VERSION)
                .where(POLICY_VERSION.POLICY_ID.eq(policyId))
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    private void insertDerivedRows(long versionId, PolicyDocument doc) {
        DerivedRows.insert(dsl, versionId, doc);
        SearchWords.reindex(dsl, versionPolicy(versionId));
    }

    private long versionPolicy(long versionId) {
        return dsl.select(POLICY_VERSION.POLICY_ID).from(POLICY_VERSION).where(POLICY_VERSION.ID.eq(versionId))
                .fetchOne(POLICY_VERSION.POLICY_ID);
    }

    /** The derived rows stored with a version. */
    public VersionFacts facts(long versionId) {
        List<PressComment> comments = dsl.selectFrom(PRESS_COMMENT)
                .where(PRESS_COMMENT.VERSION_ID.eq(versionId)).orderBy(PRESS_COMMENT.N, PRESS_COMMENT.ID)
                .fetch(r -> new PressComment(r.getN(), r.getText(), r.getIssue(),
                        r.getIssued() == null ? null : YearMonth.parse(r.getIssued())));
        List<LegalRef> legalRefs = dsl.selectFrom(LEGAL_REF)
                .where(LEGAL_REF.VERSION_ID.eq(versionId)).orderBy(LEGAL_REF.ORDINAL)
                .fetch(r -> new LegalRef(r.getText()));
        List<CrossRef> crossRefs = dsl.selectFrom(CROSS_REF)
                .where(CROSS_REF.VERSION_ID.eq(versionId)).orderBy(CROSS_REF.ORDINAL)
                .fetch(r -> new CrossRef(PolicyNumber.parse(r.getNumber()), r.getTitle()));
        List<HistoryEntry> history = dsl.selectFrom(VERSION_HISTORY)
                .where(VERSION_HISTORY.VERSION_ID.eq(versionId)).orderBy(VERSION_HISTORY.ORDINAL)
                .fetch(r -> new HistoryEntry(HistoryKind.valueOf(r.getKind()), PartialDate.parseIso(r.getDateIso())));
        List<ParseWarning> warnings = dsl.selectFrom(IMPORT_WARNING)
                .where(IMPORT_WARNING.VERSION_ID.eq(versionId)).orderBy(IMPORT_WARNING.ID)
                .fetch(r -> new ParseWarning(r.getLine(), r.getMessage()));
        return new VersionFacts(comments, legalRefs, crossRefs, history, warnings);
    }

    /** Originals, review marks and withdrawal of imports, in this repository's transaction. */
    public ImportedOriginals imports() {
        return new ImportedOriginals(dsl, clock);
    }

    /**
     * Every policy with the version it is listed by (see {@link #withListedVersion}), ordered by number, unnumbered
     * texts last; withdrawn imports left out.
     */
    public List<PolicySummary> listSummaries() {
        return dsl.select(summaryFields()).from(withListedVersion(DSL.noCondition()))
                .where(POLICY.WITHDRAWN_AT.isNull())
                .fetch(r -> toSummary(r, r.get(LATEST_SEQ)))
                .stream().sorted(LIST_ORDER).toList();
    }

    public Optional<PolicySummary> summary(long policyId) {
        return dsl.select(summaryFields()).from(withListedVersion(POLICY_VERSION.POLICY_ID.eq(policyId)))
                .fetchOptional(r -> toSummary(r, r.get(LATEST_SEQ)));
    }

    /** The version with that seq, or the latest when {@code seq} is null. */
    public Optional<PolicyVersion> version(long policyId, Integer seq) {
        Condition ofPolicy = POLICY_VERSION.POLICY_ID.eq(policyId);
        return dsl.selectFrom(POLICY_VERSION)
                .where(seq == null ? ofPolicy : ofPolicy.and(POLICY_VERSION.SEQ.eq(seq)))
                .orderBy(POLICY_VERSION.SEQ.desc())
                .limit(1)
                .fetchOptional(PolicyRepository::toVersion);
    }

    /** The adoption and status dates of each version of a policy, by seq. */
    public Map<Integer, org.policydesk.model.VersionDating> dating(long policyId) {
        return VersionDates.of(dsl, policyId);
    }

    /** All versions of a policy, oldest first. */
    public List<PolicyVersion> versions(long policyId) {
        return dsl.selectFrom(POLICY_VERSION)
                .where(POLICY_VERSION.POLICY_ID.eq(policyId))
                .orderBy(POLICY_VERSION.SEQ)
                .fetch(PolicyRepository::toVersion);
    }

    /**
     * The policies with these numbers, each with all its versions (oldest first) and their dates, in four
     * queries however many policies are asked for; a number not in the store has no entry. Ordered by number.
     */
    public List<PolicyVersions> withVersions(Collection<PolicyNumber> numbers) {
        Map<Long, List<PolicyVersion>> versions = new LinkedHashMap<>();
        Map<Long, List<Record>> rows = new HashMap<>();
        List<Field<?>> columns = new ArrayList<>(List.of(POLICY.fields()));
        columns.addAll(List.of(POLICY_VERSION.fields()));
        dsl.select(columns)
                .from(POLICY).join(POLICY_VERSION).on(POLICY_VERSION.POLICY_ID.eq(POLICY.ID))
                .where(POLICY.NUMBER.in(numbers.stream().map(PolicyNumber::toString).toList()))
                .orderBy(POLICY.ID, POLICY_VERSION.SEQ)
                .forEach(r -> {
                    long id = r.get(POLICY.ID);
                    rows.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                    versions.computeIfAbsent(id, k -> new ArrayList<>()).add(toVersion(r.into(POLICY_VERSION)));
                });
        Map<Long, Map<Integer, VersionDating>> dating = versions.isEmpty() ? Map.of()
                : VersionDates.of(dsl, versions.keySet());
        List<PolicyVersions> found = new ArrayList<>();
        versions.forEach((id, all) -> found.add(
                new PolicyVersions(toSummary(listedRow(rows.get(id)), all.get(all.size() - 1).seq()), all,
                        dating.getOrDefault(id, Map.of()))));
        found.sort(Comparator.comparing(p -> p.summary().number()));
        return found;
    }

    /** Lower-cased number, title, section and current text (see {@link #withCurrentVersion}) per policy id. */
    public Map<Long, String> searchableText() {
        Map<Long, String> text = new LinkedHashMap<>();
        dsl.select(POLICY.ID, POLICY.NUMBER, POLICY.TITLE, POLICY.SECTION, POLICY_VERSION.SOURCE_TEXT)
                .from(withCurrentVersion(DSL.noCondition()))
                .forEach(r -> text.put(r.value1(), String.join("\n",
                                nullToEmpty(r.value2()), r.value3(), nullToEmpty(r.value4()), r.value5())
                        .toLowerCase(Locale.ROOT)));
        return text;
    }

    /**
     * Policies joined to the version the list shows: the current one (see {@link #withCurrentVersion}), or
     * the latest when none is current, so a discarded copy never stands for a policy whose text is in force.
     * The seqs come from one grouped derived table rather than a correlated subquery per row, which H2
     * evaluates far more slowly; {@link #LATEST_SEQ} keeps the latest seq for "versions 1 to N".
     */
    static Table<?> withListedVersion(Condition versionFilter) {
        Field<Integer> listedSeq = DSL.coalesce(openSeq(), adoptedSeq(), max(POLICY_VERSION.SEQ)).as("listed_seq");
        Table<?> listed = DSL.select(POLICY_VERSION.POLICY_ID, listedSeq, max(POLICY_VERSION.SEQ).as(LATEST_SEQ.getName()))
                .from(POLICY_VERSION)
                .where(versionFilter)
                .groupBy(POLICY_VERSION.POLICY_ID)
                .asTable(LISTED);
        return POLICY
                .join(listed).on(listed.field(POLICY_VERSION.POLICY_ID).eq(POLICY.ID))
                .join(POLICY_VERSION).on(POLICY_VERSION.POLICY_ID.eq(POLICY.ID)
                        .and(POLICY_VERSION.SEQ.eq(listed.field(listedSeq))));
    }

    private static final String LISTED = "listed";
    private static final Field<Integer> LATEST_SEQ = DSL.field(DSL.name(LISTED, "latest_seq"), Integer.class);

    private static Field<Integer> openSeq() {
        List<String> open = java.util.Arrays.stream(VersionStatus.values()).filter(VersionStatus::isOpen)
                .map(VersionStatus::name).toList();
        return max(POLICY_VERSION.SEQ).filterWhere(POLICY_VERSION.STATUS.in(open));
    }

    private static Field<Integer> adoptedSeq() {
        return max(POLICY_VERSION.SEQ).filterWhere(POLICY_VERSION.STATUS.eq(VersionStatus.ADOPTED.name()));
    }

    /**
     * Policies joined to their <em>current</em> version, the one text that search and reference checks read.
     * This is the only definition of "current": the latest open version (draft, committee, first reading,
     * held) if the policy has one, else its latest adopted version. Discarded, not-adopted and superseded text
     * is never current, so a policy whose versions are all closed that way has no current text and no row here.
     */
    static Table<?> withCurrentVersion(Condition versionFilter) {
        Field<Integer> currentSeq = DSL.coalesce(openSeq(), adoptedSeq()).as("current_seq");
        Table<?> current = DSL.select(POLICY_VERSION.POLICY_ID, currentSeq)
                .from(POLICY_VERSION)
                .where(versionFilter)
                .groupBy(POLICY_VERSION.POLICY_ID)
                .asTable("current_version");
        return POLICY
                .join(current).on(current.field(POLICY_VERSION.POLICY_ID).eq(POLICY.ID))
                .join(POLICY_VERSION).on(POLICY_VERSION.POLICY_ID.eq(POLICY.ID)
                        .and(POLICY_VERSION.SEQ.eq(current.field(currentSeq))));
    }

    private static List<Field<?>> summaryFields() {
        return List.of(POLICY.ID, POLICY.NUMBER, POLICY.TITLE, POLICY.SECTION, POLICY_VERSION.STATUS,
                POLICY_VERSION.STATUS_LABEL, POLICY_VERSION.PRESS_ISSUE, LATEST_SEQ, POLICY_VERSION.NEEDS_REVIEW);
    }

    private static PolicySummary toSummary(Record r, int latestSeq) {
        String number = r.get(POLICY.NUMBER);
        return new PolicySummary(r.get(POLICY.ID), number == null ? null : PolicyNumber.parse(number),
                r.get(POLICY.TITLE), r.get(POLICY.SECTION), VersionStatus.valueOf(r.get(POLICY_VERSION.STATUS)),
                r.get(POLICY_VERSION.STATUS_LABEL), r.get(POLICY_VERSION.PRESS_ISSUE), latestSeq,
                Boolean.TRUE.equals(r.get(POLICY_VERSION.NEEDS_REVIEW)));
    }

    /** The row the list shows among a policy's rows (oldest first): as {@link #withListedVersion} chooses. */
    private static Record listedRow(List<Record> rows) {
        Record open = null;
        Record adopted = null;
        for (Record r : rows) {
            VersionStatus status = VersionStatus.valueOf(r.get(POLICY_VERSION.STATUS));
            if (status.isOpen()) {
                open = r;
            } else if (status == VersionStatus.ADOPTED) {
                adopted = r;
            }
        }
        return open != null ? open : adopted != null ? adopted : rows.get(rows.size() - 1);
    }

    static PolicyVersion toVersion(PolicyVersionRecord r) {
        return new PolicyVersion(r.getId(), r.getPolicyId(), r.getSeq(), VersionStatus.valueOf(r.getStatus()),
                r.getStatusLabel(), r.getSourceText(), r.getContentHash(), r.getPressIssue(), r.getSourceName(),
                r.getNeedsReview(), r.getCreatedAt().toInstant(), r.getChangedAt().toInstant());
    }

    /** Now, at the microsecond precision the TIMESTAMP columns keep, so a returned version equals its stored row. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Cuts a derived value to its column's length. Only derived values are cut: the source text, the
     * truth they come from, is stored whole, and a parser reading a non-policy file can produce a very
     * long "title" or comment.
     */
    static String fit(TableField<?, String> column, String value) {
        int length = column.getDataType().length();
        if (value == null || length <= 0 || value.length() <= length) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
        return value.substring(0, end);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
