package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT;
import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT_STRIKE;
import static org.policydesk.store.jooq.Tables.EMPLOYEE;
import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.POLICY_STATEMENT;
import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.SHEET;
import static org.policydesk.store.jooq.Tables.SHEET_LINE;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

import org.policydesk.model.AckMethod;
import org.policydesk.model.AckSheet;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetLine;
import org.policydesk.model.SheetScope;

/** Acknowledgment statements, printed sheets and who is on them, and the acknowledgments recorded from them. */
public final class SheetRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public SheetRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public SheetRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    // ---- statements ------------------------------------------------------------------------------------------

    public Optional<String> statement(long policyId) {
        return dsl.select(POLICY_STATEMENT.TEXT).from(POLICY_STATEMENT).where(POLICY_STATEMENT.POLICY_ID.eq(policyId))
                .fetchOptional(POLICY_STATEMENT.TEXT);
    }

    /** Sets a policy's statement; null removes it (the default wording applies again). */
    public void saveStatement(long policyId, String text) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(POLICY_STATEMENT).where(POLICY_STATEMENT.POLICY_ID.eq(policyId)).execute();
            if (text != null) {
                tx.insertInto(POLICY_STATEMENT, POLICY_STATEMENT.POLICY_ID, POLICY_STATEMENT.TEXT,
                        POLICY_STATEMENT.CHANGED_AT).values(policyId, text, now()).execute();
            }
            AuditTrail.joining(tx, clock).append(AuditEntry.of(AuditKinds.STATEMENT_CHANGE, AuditKinds.POLICY,
                    policyKey(tx, policyId)).with(text == null ? "reset" : "text", text == null ? "default wording" : text));
        });
    }

    // ---- sheets ----------------------------------------------------------------------------------------------

    /** Stores a new sheet and its lines in one transaction. */
    public void saveSheet(AckSheet sheet) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(SHEET).set(SHEET.ID, sheet.id())
                    .set(SHEET.POLICY_VERSION_ID, sheet.policyVersionId())
                    .set(SHEET.SCOPE, sheet.scope().name())
                    .set(SHEET.BUILDING_CODE, sheet.buildingCode())
                    .set(SHEET.SESSION_ID, sheet.sessionId())
                    .set(SHEET.LAYOUT, sheet.layout().name())
                    .set(SHEET.CONTENT_HASH, sheet.contentHash())
                    .set(SHEET.CREATED_AT, utc(sheet.createdAt()))
                    .execute();
            if (!sheet.lines().isEmpty()) {
                BatchBindStep batch = tx.batch(tx.insertInto(SHEET_LINE, SHEET_LINE.SHEET_ID, SHEET_LINE.ORDINAL,
                        SHEET_LINE.EMPLOYEE_ID).values((String) null, null, null));
                int i = 0;
                for (SheetLine line : sheet.lines()) {
                    batch.bind(sheet.id(), i++, line.employeeId());
                }
                batch.execute();
            }
            AuditTrail.joining(tx, clock).append(versionEvent(tx, AuditKinds.SHEET_PRINT, sheet.policyVersionId())
                    .with("sheet", sheet.id()).with("scope", sheet.scope().name())
                    .with("building", sheet.buildingCode()).with("session", sheet.sessionId())
                    .with("lines", sheet.lines().size()));
        });
    }

    /** Returned sheets, corrections and struck-out acknowledgments, in the same store. */
    public SheetReturnRepository returns() {
        return new SheetReturnRepository(dsl, clock);
    }

    public boolean sheetExists(String id) {
        return dsl.fetchExists(SHEET, SHEET.ID.eq(id));
    }

    public Optional<AckSheet> sheet(String id) {
        var r = dsl.select(SHEET.ID, SHEET.POLICY_VERSION_ID, POLICY.NUMBER, POLICY_VERSION.SEQ, SHEET.SCOPE,
                        SHEET.BUILDING_CODE, SHEET.SESSION_ID, SHEET.LAYOUT, SHEET.CONTENT_HASH, SHEET.CREATED_AT)
                .from(SHEET).join(POLICY_VERSION).on(POLICY_VERSION.ID.eq(SHEET.POLICY_VERSION_ID))
                .join(POLICY).on(POLICY.ID.eq(POLICY_VERSION.POLICY_ID))
                .where(SHEET.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<SheetLine> lines = dsl.select(EMPLOYEE.ID, EMPLOYEE.EMPLOYEE_NO, EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME,
                        EMPLOYEE.MIDDLE_NAME, EMPLOYEE.POSITION)
                .from(SHEET_LINE).join(EMPLOYEE).on(EMPLOYEE.ID.eq(SHEET_LINE.EMPLOYEE_ID))
                .where(SHEET_LINE.SHEET_ID.eq(id)).orderBy(SHEET_LINE.ORDINAL)
                .fetch(l -> new SheetLine(l.value1(), l.value2(), new Employee(l.value1(), l.value2(), l.value3(),
                        l.value4(), l.value5(), null, null, List.of(), null, null, true).displayName(), l.value6()));
        return Optional.of(new AckSheet(r.value1(), r.value2(), r.value3() == null ? null : PolicyNumber.parse(r.value3()),
                r.value4(), SheetScope.valueOf(r.value5()), r.value6(), r.value7(), SheetLayout.valueOf(r.value8()),
                r.value9(), r.value10().toInstant(), lines));
    }

    /** A kiosk acknowledgment: the signature image, its hash and the hash of the text on screen. */
    public long recordKiosk(long employeeId, long versionId, Instant at, byte[] signaturePng, String signatureHash,
                            String textHash) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(ACKNOWLEDGMENT)
                    .set(ACKNOWLEDGMENT.EMPLOYEE_ID, employeeId)
                    .set(ACKNOWLEDGMENT.POLICY_VERSION_ID, versionId)
                    .set(ACKNOWLEDGMENT.ACKNOWLEDGED_AT, utc(at))
                    .set(ACKNOWLEDGMENT.METHOD, AckMethod.KIOSK.name())
                    .set(ACKNOWLEDGMENT.SIGNATURE_HASH, signatureHash)
                    .set(ACKNOWLEDGMENT.SIGNATURE_PNG, signaturePng)
                    .set(ACKNOWLEDGMENT.TEXT_HASH, textHash)
                    .set(ACKNOWLEDGMENT.RECORDED_AT, now())
                    .returning(ACKNOWLEDGMENT.ID).fetchOne().getId();
            AuditTrail.joining(tx, clock).appendAll(acknowledgmentEvents(tx, versionId, List.of(employeeId),
                    AckMethod.KIOSK, at, null).stream().map(e -> e.with("signature_hash", signatureHash)
                    .with("text_hash", textHash)).toList());
            return id;
        });
    }

    // ---- audit events ----------------------------------------------------------------------------------------

    /** A policy's audit key: its number, or {@code id:<n>} when it has none (as AuditSubjects.policyKey). */
    private static String policyKey(DSLContext tx, long policyId) {
        String number = tx.select(POLICY.NUMBER).from(POLICY).where(POLICY.ID.eq(policyId)).fetchOne(POLICY.NUMBER);
        return number == null ? "id:" + policyId : number;
    }

    private static AuditEntry versionEvent(DSLContext tx, String action, long versionId) {
        var v = tx.select(POLICY_VERSION.POLICY_ID, POLICY_VERSION.SEQ).from(POLICY_VERSION)
                .where(POLICY_VERSION.ID.eq(versionId)).fetchSingle();
        return AuditEntry.of(action, AuditKinds.POLICY, policyKey(tx, v.value1())).with("version", v.value2());
    }

    /** One event per employee, filed under the employee's ID, naming the policy version acknowledged. */
    static List<AuditEntry> acknowledgmentEvents(DSLContext tx, long versionId, List<Long> employeeIds,
                                                         AckMethod method, Instant at, String sheetId) {
        var v = tx.select(POLICY_VERSION.POLICY_ID, POLICY_VERSION.SEQ).from(POLICY_VERSION)
                .where(POLICY_VERSION.ID.eq(versionId)).fetchSingle();
        String policy = policyKey(tx, v.value1());
        List<AuditEntry> events = new ArrayList<>();
        for (int i = 0; i < employeeIds.size(); i += 1000) {
            tx.select(EMPLOYEE.EMPLOYEE_NO).from(EMPLOYEE)
                    .where(EMPLOYEE.ID.in(employeeIds.subList(i, Math.min(employeeIds.size(), i + 1000))))
                    .orderBy(EMPLOYEE.EMPLOYEE_NO)
                    .forEach(r -> events.add(AuditEntry.of(AuditKinds.ACKNOWLEDGMENT_RECORD, AuditKinds.EMPLOYEE,
                            r.value1()).with("policy", policy).with("version", v.value2())
                            .with("method", method.name()).with("acknowledged_at", at).with("sheet", sheetId)));
        }
        return events;
    }

    /** An employee's latest acknowledgment of a version, with the kiosk signature image if there is one. */
    public record StoredAck(long id, Instant acknowledgedAt, AckMethod method, String sheetId, byte[] signaturePng,
                            String textHash) {
    }

    public Optional<StoredAck> latestAck(long employeeId, long versionId) {
        return dsl.select(ACKNOWLEDGMENT.ID, ACKNOWLEDGMENT.ACKNOWLEDGED_AT, ACKNOWLEDGMENT.METHOD,
                        ACKNOWLEDGMENT.SHEET_ID, ACKNOWLEDGMENT.SIGNATURE_PNG, ACKNOWLEDGMENT.TEXT_HASH)
                .from(ACKNOWLEDGMENT)
                .where(ACKNOWLEDGMENT.EMPLOYEE_ID.eq(employeeId).and(ACKNOWLEDGMENT.POLICY_VERSION_ID.eq(versionId)))
                // A struck-out acknowledgment no longer counts.
                .andNotExists(dsl.selectOne().from(ACKNOWLEDGMENT_STRIKE)
                        .where(ACKNOWLEDGMENT_STRIKE.ACKNOWLEDGMENT_ID.eq(ACKNOWLEDGMENT.ID)))
                .orderBy(ACKNOWLEDGMENT.ACKNOWLEDGED_AT.desc(), ACKNOWLEDGMENT.ID.desc()).limit(1)
                .fetchOptional(r -> new StoredAck(r.value1(), r.value2().toInstant(), AckMethod.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6()));
    }

    /** A stored version with this content hash: "5:125 v3 (ADOPTED)", or empty. */
    public Optional<String> describeVersionWithHash(String contentHash) {
        return dsl.select(POLICY.NUMBER, POLICY_VERSION.SEQ, POLICY_VERSION.STATUS)
                .from(POLICY_VERSION).join(POLICY).on(POLICY.ID.eq(POLICY_VERSION.POLICY_ID))
                .where(POLICY_VERSION.CONTENT_HASH.eq(contentHash))
                .orderBy(POLICY_VERSION.ID).limit(1)
                .fetchOptional(r -> (r.value1() == null ? "(unnumbered)" : r.value1()) + " v" + r.value2()
                        + " (" + r.value3() + ")");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
