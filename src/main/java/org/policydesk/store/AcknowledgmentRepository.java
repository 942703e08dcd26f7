package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

import org.policydesk.model.AckMethod;
import org.policydesk.model.Acknowledgment;

/** Acknowledgments of policy versions by employees. Recorded by the acknowledgment sheets, read by roster checks. */
public final class AcknowledgmentRepository {

    private static final int BATCH = 5000;

    private final DSLContext dsl;
    private final Clock clock;

    public AcknowledgmentRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public AcknowledgmentRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public long record(NewAcknowledgment a) {
        return dsl.insertInto(ACKNOWLEDGMENT)
                .set(ACKNOWLEDGMENT.EMPLOYEE_ID, a.employeeId())
                .set(ACKNOWLEDGMENT.POLICY_VERSION_ID, a.policyVersionId())
                .set(ACKNOWLEDGMENT.ACKNOWLEDGED_AT, utc(a.acknowledgedAt()))
                .set(ACKNOWLEDGMENT.METHOD, a.method().name())
                .set(ACKNOWLEDGMENT.SHEET_ID, a.sheetId())
                .set(ACKNOWLEDGMENT.SIGNATURE_HASH, a.signatureHash())
                .set(ACKNOWLEDGMENT.SIGNATURE_REF, a.signatureRef())
                .set(ACKNOWLEDGMENT.RECORDED_AT, now())
                .returning(ACKNOWLEDGMENT.ID).fetchOne().getId();
    }

    /** Records many, in batches, each batch its own transaction; returns how many. */
    public long recordAll(Iterator<NewAcknowledgment> acknowledgments) {
        long count = 0;
        OffsetDateTime now = now();
        while (acknowledgments.hasNext()) {
            int[] n = {0};
            dsl.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                BatchBindStep batch = tx.batch(tx.insertInto(ACKNOWLEDGMENT, ACKNOWLEDGMENT.EMPLOYEE_ID,
                        ACKNOWLEDGMENT.POLICY_VERSION_ID, ACKNOWLEDGMENT.ACKNOWLEDGED_AT, ACKNOWLEDGMENT.METHOD,
                        ACKNOWLEDGMENT.SHEET_ID, ACKNOWLEDGMENT.SIGNATURE_HASH, ACKNOWLEDGMENT.SIGNATURE_REF,
                        ACKNOWLEDGMENT.RECORDED_AT).values((Long) null, null, null, null, null, null, null, null));
                while (n[0] < BATCH && acknowledgments.hasNext()) {
                    NewAcknowledgment a = acknowledgments.next();
                    batch.bind(a.employeeId(), a.policyVersionId(), utc(a.acknowledgedAt()), a.method().name(),
                            a.sheetId(), a.signatureHash(), a.signatureRef(), now);
                    n[0]++;
                }
                batch.execute();
            });
            count += n[0];
        }
        return count;
    }

    public List<Acknowledgment> forEmployee(long employeeId) {
        return dsl.selectFrom(ACKNOWLEDGMENT).where(ACKNOWLEDGMENT.EMPLOYEE_ID.eq(employeeId))
                .orderBy(ACKNOWLEDGMENT.ACKNOWLEDGED_AT, ACKNOWLEDGMENT.ID)
                .fetch(r -> new Acknowledgment(r.getId(), r.getEmployeeId(), r.getPolicyVersionId(),
                        r.getAcknowledgedAt().toInstant(), AckMethod.valueOf(r.getMethod()), r.getSheetId(),
                        r.getSignatureHash(), r.getSignatureRef()));
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
