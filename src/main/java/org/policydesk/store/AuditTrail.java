package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.AUDIT_EVENT;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import org.jooq.DSLContext;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditEvent;
import org.policydesk.store.jooq.tables.records.AuditEventRecord;

/**
 * The append-only audit trail. Each event's hash is SHA-256 over its fields and the previous event's hash,
 * so {@link #verify()} finds an event that was changed, inserted or deleted behind PolicyDesk's back.
 *
 * <p>To record a change in the same transaction as the change itself, append through the trail of the
 * repository that runs the transaction: {@code repository.inTransaction(tx -> { …; tx.audit().append(entry); })}.
 * A repository in this package gets one with {@code AuditTrail.joining(dsl, clock)}.
 */
public final class AuditTrail {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Type DETAILS = new TypeToken<TreeMap<String, String>>() { }.getType();

    private final DSLContext dsl;
    private final Clock clock;
    private final String actor;

    /** The trail of an open store; {@link #append} here runs in a transaction of its own. */
    public AuditTrail(Database database) {
        this(database.dsl(), Clock.systemUTC(), systemUser());
    }

    AuditTrail(DSLContext dsl, Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    /** The trail taking part in the transaction that {@code dsl} belongs to. */
    static AuditTrail joining(DSLContext dsl, Clock clock) {
        return new AuditTrail(dsl, clock, systemUser());
    }

    static String systemUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** Appends an event after the current last one. */
    public AuditEvent append(AuditEntry entry) {
        return dsl.transactionResult(cfg -> insert(cfg.dsl(), entry));
    }

    /**
     * Appends several events in order, reading the last event once and inserting in batches: a 20,000-row
     * roster import records one event per employee it changed without 20,000 round trips.
     */
    public List<AuditEvent> appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AuditEventRecord last = lockLast(tx);
            long seq = last == null ? 0 : last.getSeq();
            String prev = last == null ? GENESIS : last.getHash();
            OffsetDateTime at = now();
            String who = fit(actor, 200);
            List<AuditEvent> events = new ArrayList<>(entries.size());
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (AuditEntry entry : entries) {
                seq++;
                String action = fit(entry.action(), 100);
                String kind = fit(entry.subjectKind(), 50);
                String key = fit(entry.subjectKey(), 200);
                String details = JSON.toJson(new TreeMap<>(entry.details()));
                String hash = hash(seq, at, who, action, kind, key, details, prev);
                rows.add(new Object[] {seq, at, who, action, kind, key, details, prev, hash});
                events.add(new AuditEvent(seq, at.toInstant(), who, action, kind, key, new TreeMap<>(entry.details()),
                        hash));
                prev = hash;
            }
            JdbcBatch.run(tx, tx.insertInto(AUDIT_EVENT, AUDIT_EVENT.SEQ, AUDIT_EVENT.AT, AUDIT_EVENT.ACTOR,
                            AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT_KIND, AUDIT_EVENT.SUBJECT_KEY, AUDIT_EVENT.DETAILS,
                            AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH)
                    .values((Long) null, null, null, null, null, null, null, null, null),
                    9, rows, (row, values) -> System.arraycopy(row, 0, values, 0, 9));
            return events;
        });
    }

    /** Locking the last row makes two appends in concurrent transactions queue instead of both taking seq n+1. */
    private static AuditEventRecord lockLast(DSLContext tx) {
        return tx.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SEQ.eq(tx.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT)))
                .forUpdate()
                .fetchOne();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private AuditEvent insert(DSLContext tx, AuditEntry entry) {
        AuditEventRecord row = row(tx, entry, lockLast(tx), now());
        row.store();
        return toEvent(row);
    }

    /** The row that follows {@code last} (null before the first event), with its hash; not yet stored. */
    private AuditEventRecord row(DSLContext tx, AuditEntry entry, AuditEventRecord last, OffsetDateTime at) {
        long seq = last == null ? 1 : last.getSeq() + 1;
        String prev = last == null ? GENESIS : last.getHash();
        String details = JSON.toJson(new TreeMap<>(entry.details()));
        AuditEventRecord row = tx.newRecord(AUDIT_EVENT);
        row.setSeq(seq);
        row.setAt(at);
        row.setActor(fit(actor, 200));
        row.setAction(fit(entry.action(), 100));
        row.setSubjectKind(fit(entry.subjectKind(), 50));
        row.setSubjectKey(fit(entry.subjectKey(), 200));
        row.setDetails(details);
        row.setPrevHash(prev);
        row.setHash(hash(row, seq));
        return row;
    }

    /** Events about one subject, oldest first. */
    public List<AuditEvent> history(String subjectKind, String subjectKey) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_KIND.eq(subjectKind).and(AUDIT_EVENT.SUBJECT_KEY.eq(subjectKey)))
                .orderBy(AUDIT_EVENT.SEQ)
                .fetch(AuditTrail::toEvent);
    }

    /** The latest {@code limit} events, newest first. */
    public List<AuditEvent> latest(int limit) {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(limit).fetch(AuditTrail::toEvent);
    }

    public long size() {
        return dsl.fetchCount(AUDIT_EVENT);
    }

    /**
     * Walks the whole trail and names every event that was changed, inserted or deleted. Renumbering to
     * hide an insertion or deletion is seen through: a row whose hash fits its number shifted by one
     * tells which way the trail was renumbered, and the rows after it are then checked at that shift.
     */
    public AuditCheck verify() {
        List<AuditCheck.Problem> problems = new ArrayList<>();
        String prevHash = GENESIS;
        long lastSeq = 0;
        long offset = 0;
        long checked = 0;
        try (var rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetchLazy()) {
            for (AuditEventRecord row : rows) {
                checked++;
                long seq = row.getSeq();
                boolean linked = row.getPrevHash().equals(prevHash);
                if (seq > lastSeq + 1) {
                    problems.add(deleted(lastSeq + 1, seq - 1));
                } else if (matches(row, seq - offset)) {
                    if (!linked) {
                        problems.add(new AuditCheck.Problem(AuditCheck.Kind.CHANGED, lastSeq, "Event " + lastSeq
                                + " was changed and its hash rewritten: event " + seq + " no longer links to it."));
                    }
                } else if (matches(row, seq - offset - 1)) {
                    offset++;
                    problems.add(new AuditCheck.Problem(AuditCheck.Kind.INSERTED, seq - 1, "Event " + (seq - 1)
                            + " was inserted into the audit trail; the events after it were renumbered."));
                } else if (matches(row, seq - offset + 1)) {
                    offset--;
                    problems.add(new AuditCheck.Problem(AuditCheck.Kind.DELETED, seq, "Event " + seq
                            + " was deleted from the audit trail; the events after it were renumbered."));
                } else {
                    problems.add(new AuditCheck.Problem(AuditCheck.Kind.CHANGED, seq, "Event " + seq
                            + " was changed after it was written: its contents no longer match its hash."));
                }
                prevHash = row.getHash();
                lastSeq = seq;
            }
        }
        return new AuditCheck(checked, problems);
    }

    private static AuditCheck.Problem deleted(long from, long to) {
        String which = from == to ? "Event " + from + " is" : "Events " + from + " to " + to + " are";
        return new AuditCheck.Problem(AuditCheck.Kind.DELETED, from,
                which + " missing: deleted from the audit trail.");
    }

    private static boolean matches(AuditEventRecord row, long seq) {
        return seq >= 1 && hash(row, seq).equals(row.getHash());
    }

    /**
     * SHA-256 over a versioned, length-prefixed rendering of the fields, so no two different events
     * render alike. {@code seq} is passed separately so verify can test a renumbered row.
     */
    static String hash(AuditEventRecord row, long seq) {
        return hash(seq, row.getAt(), row.getActor(), row.getAction(), row.getSubjectKind(), row.getSubjectKey(),
                row.getDetails(), row.getPrevHash());
    }

    private static String hash(long seq, OffsetDateTime at, String actor, String action, String subjectKind,
                               String subjectKey, String details, String prevHash) {
        StringBuilder canonical = new StringBuilder(256).append("policydesk-audit-v1\n");
        for (String field : new String[] {Long.toString(seq), at.toInstant().toString(), actor, action, subjectKind,
                subjectKey, details, prevHash}) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        Map<String, String> details = new TreeMap<>();
        try {
            Map<String, String> parsed = JSON.fromJson(r.getDetails(), DETAILS);
            if (parsed != null) {
                parsed.forEach((k, v) -> {
                    if (k != null && v != null) {
                        details.put(k, v);
                    }
                });
            }
        } catch (JsonParseException e) {
            details.put("raw", r.getDetails());
        }
        Instant at = r.getAt().toInstant();
        return new AuditEvent(r.getSeq(), at, r.getActor(), r.getAction(), r.getSubjectKind(), r.getSubjectKey(),
                details, r.getHash());
    }

    static String fit(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }
}
