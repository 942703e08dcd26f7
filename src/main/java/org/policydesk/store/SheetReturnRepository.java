package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT;
import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT_STRIKE;
import static org.policydesk.store.jooq.Tables.SHEET_RETURN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

import org.policydesk.model.AckMethod;
import org.policydesk.model.AckSheet;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.SheetLine;
import org.policydesk.model.SheetRecord;

/**
 * Returned sheets: recorded once (date signed, when, by whom), corrected deliberately, and acknowledgments struck
 * out with a reason. Nothing here deletes an acknowledgment.
 */
public final class SheetReturnRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final String actor;

    SheetReturnRepository(DSLContext dsl) {
        this(dsl, Clock.systemUTC());
    }

    SheetReturnRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = AuditTrail.systemUser();
    }

    /** Thrown when a sheet was recorded by someone else between looking it up and recording it. */
    public static final class AlreadyRecordedException extends RuntimeException {
        public AlreadyRecordedException(String sheetId) {
            super("Sheet " + sheetId + " is already recorded.");
        }
    }

    /**
     * Records a returned sheet and its paper acknowledgments in one transaction; refuses (changing nothing) when
     * the sheet is already recorded.
     */
    public void record(AckSheet sheet, Collection<Long> signedEmployeeIds, LocalDate signedOn,
                       Instant acknowledgedAt) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(SHEET_RETURN, SHEET_RETURN.SHEET_ID.eq(sheet.id()))) {
                throw new AlreadyRecordedException(sheet.id());
            }
            tx.insertInto(SHEET_RETURN).set(SHEET_RETURN.SHEET_ID, sheet.id()).set(SHEET_RETURN.SIGNED_ON, signedOn)
                    .set(SHEET_RETURN.RECORDED_AT, now()).set(SHEET_RETURN.RECORDED_BY, AuditTrail.fit(actor, 200))
                    .execute();
            insertPaper(tx, sheet, signedEmployeeIds, acknowledgedAt, null);
        });
    }

    /** Adds paper acknowledgments to a recorded sheet for people it showed as not signed, with the reason. */
    public void correct(AckSheet sheet, Collection<Long> nowSignedEmployeeIds, Instant acknowledgedAt, String reason) {
        dsl.transaction(cfg -> insertPaper(cfg.dsl(), sheet, nowSignedEmployeeIds, acknowledgedAt, reason));
    }

    private void insertPaper(DSLContext tx, AckSheet sheet, Collection<Long> employeeIds, Instant at,
                             String correction) {
        if (employeeIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        BatchBindStep batch = tx.batch(tx.insertInto(ACKNOWLEDGMENT, ACKNOWLEDGMENT.EMPLOYEE_ID,
                ACKNOWLEDGMENT.POLICY_VERSION_ID, ACKNOWLEDGMENT.ACKNOWLEDGED_AT, ACKNOWLEDGMENT.METHOD,
                ACKNOWLEDGMENT.SHEET_ID, ACKNOWLEDGMENT.RECORDED_AT).values((Long) null, null, null, null, null, null));
        for (Long id : employeeIds) {
            batch.bind(id, sheet.policyVersionId(), SheetRepository.utc(at), AckMethod.PAPER.name(), sheet.id(), now);
        }
        batch.execute();
        List<AuditEntry> events = SheetRepository.acknowledgmentEvents(tx, sheet.policyVersionId(),
                List.copyOf(employeeIds), AckMethod.PAPER, at, sheet.id());
        AuditTrail.joining(tx, clock).appendAll(correction == null ? events
                : events.stream().map(e -> e.with("correction", correction)).toList());
    }

    /** Strikes out one acknowledgment: it stays, marked with the reason; an audit event names it. */
    public void strike(long acknowledgmentId, long employeeId, long versionId, String employeeNo, String policy,
                       int versionSeq, String sheetId, String reason) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(ACKNOWLEDGMENT_STRIKE).set(ACKNOWLEDGMENT_STRIKE.ACKNOWLEDGMENT_ID, acknowledgmentId)
                    .set(ACKNOWLEDGMENT_STRIKE.EMPLOYEE_ID, employeeId)
                    .set(ACKNOWLEDGMENT_STRIKE.POLICY_VERSION_ID, versionId)
                    .set(ACKNOWLEDGMENT_STRIKE.REASON, reason)
                    .set(ACKNOWLEDGMENT_STRIKE.STRUCK_AT, now())
                    .set(ACKNOWLEDGMENT_STRIKE.STRUCK_BY, AuditTrail.fit(actor, 200)).execute();
            AuditTrail.joining(tx, clock).append(AuditEntry.of(AuditKinds.ACKNOWLEDGMENT_STRIKE, AuditKinds.EMPLOYEE,
                    employeeNo).with("policy", policy).with("version", versionSeq).with("sheet", sheetId)
                    .with("acknowledgment", acknowledgmentId).with("reason", reason));
        });
    }

    /** The sheet as recorded, or empty when it has not been recorded. */
    public Optional<SheetRecord> recordOf(AckSheet sheet) {
        var r = dsl.selectFrom(SHEET_RETURN).where(SHEET_RETURN.SHEET_ID.eq(sheet.id())).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Map<Long, Found> found = new HashMap<>();
        dsl.select(ACKNOWLEDGMENT.ID, ACKNOWLEDGMENT.EMPLOYEE_ID, ACKNOWLEDGMENT_STRIKE.REASON,
                        ACKNOWLEDGMENT_STRIKE.STRUCK_BY, ACKNOWLEDGMENT_STRIKE.STRUCK_AT)
                .from(ACKNOWLEDGMENT).leftJoin(ACKNOWLEDGMENT_STRIKE)
                .on(ACKNOWLEDGMENT_STRIKE.ACKNOWLEDGMENT_ID.eq(ACKNOWLEDGMENT.ID))
                .where(ACKNOWLEDGMENT.SHEET_ID.eq(sheet.id()))
                .forEach(a -> found.put(a.value2(), new Found(a.value1(), a.value3(), a.value4(),
                        a.value5() == null ? null : a.value5().toInstant())));
        List<SheetRecord.Person> people = new ArrayList<>();
        for (SheetLine line : sheet.lines()) {
            Found f = found.get(line.employeeId());
            SheetRecord.State state = f == null ? SheetRecord.State.NOT_SIGNED
                    : f.reason() == null ? SheetRecord.State.SIGNED : SheetRecord.State.STRUCK;
            people.add(new SheetRecord.Person(line.employeeNo(), line.name(), state, f == null ? null : f.reason(),
                    f == null ? null : f.by(), f == null ? null : f.at()));
        }
        return Optional.of(new SheetRecord(sheet, r.getSignedOn(), r.getRecordedAt().toInstant(), r.getRecordedBy(),
                people));
    }

    /** The acknowledgment id of this sheet's line for an employee, or empty when there is none. */
    public Optional<Long> acknowledgmentFromSheet(String sheetId, long employeeId) {
        return dsl.select(ACKNOWLEDGMENT.ID).from(ACKNOWLEDGMENT)
                .where(ACKNOWLEDGMENT.SHEET_ID.eq(sheetId).and(ACKNOWLEDGMENT.EMPLOYEE_ID.eq(employeeId)))
                .fetchOptional(ACKNOWLEDGMENT.ID);
    }

    /** Per version, the employees with a struck acknowledgment (usually none: the roster check's fast path). */
    public Map<Long, List<Long>> struckEmployees(Collection<Long> versionIds) {
        Map<Long, List<Long>> struck = new HashMap<>();
        dsl.selectDistinct(ACKNOWLEDGMENT_STRIKE.POLICY_VERSION_ID, ACKNOWLEDGMENT_STRIKE.EMPLOYEE_ID)
                .from(ACKNOWLEDGMENT_STRIKE).where(ACKNOWLEDGMENT_STRIKE.POLICY_VERSION_ID.in(versionIds))
                .forEach(r -> struck.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return struck;
    }

    private record Found(long acknowledgmentId, String reason, String by, Instant at) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
