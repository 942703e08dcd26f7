package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.ATTENDANCE;
import static org.policydesk.store.jooq.Tables.BUILDING;
import static org.policydesk.store.jooq.Tables.EMPLOYEE;
import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.TRAINING_SESSION;
import static org.policydesk.store.jooq.Tables.TRAINING_SESSION_POLICY;
import static org.policydesk.store.jooq.Tables.TRAINING_TYPE;
import static org.policydesk.store.jooq.Tables.TRAINING_TYPE_POLICY;

import java.time.Clock;
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

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.store.jooq.tables.records.TrainingTypeRecord;

/** Training types, sessions, the policies they covered and who attended. */
public final class TrainingRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public TrainingRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public TrainingRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** Adds a type, or updates the one with that name; the policies it covers stay as they were. */
    public TrainingType saveType(String name, Recurrence recurrence, Integer recurrenceValue, int newHireGraceDays) {
        return saveType(name, recurrence, recurrenceValue, newHireGraceDays, null);
    }

    /**
     * Adds a type, or updates the one with that name, in one transaction with its audit event.
     *
     * @param policyIds the policies it covers (replacing those it had), or null to leave them as they are
     */
    public TrainingType saveType(String name, Recurrence recurrence, Integer recurrenceValue, int newHireGraceDays,
                                 Collection<Long> policyIds) {
        new TrainingType(0, name, recurrence, recurrenceValue, newHireGraceDays); // validates
        dsl.transaction(cfg -> writeType(cfg.dsl(), name, recurrence, recurrenceValue, newHireGraceDays, policyIds));
        return type(name).orElseThrow();
    }

    private void writeType(DSLContext dsl, String name, Recurrence recurrence, Integer recurrenceValue,
                           int newHireGraceDays, Collection<Long> policyIds) {
        int updated = dsl.update(TRAINING_TYPE)
                .set(TRAINING_TYPE.RECURRENCE, recurrence.name())
                .set(TRAINING_TYPE.RECURRENCE_VALUE, recurrenceValue)
                .set(TRAINING_TYPE.NEW_HIRE_GRACE_DAYS, newHireGraceDays)
                .where(TRAINING_TYPE.NAME.eq(name)).execute();
        if (updated == 0) {
            dsl.insertInto(TRAINING_TYPE)
                    .set(TRAINING_TYPE.NAME, name)
                    .set(TRAINING_TYPE.RECURRENCE, recurrence.name())
                    .set(TRAINING_TYPE.RECURRENCE_VALUE, recurrenceValue)
                    .set(TRAINING_TYPE.NEW_HIRE_GRACE_DAYS, newHireGraceDays)
                    .execute();
        }
        AuditEntry event = AuditEntry.of(AuditKinds.SETTING_CHANGE, AuditKinds.SETTING, "training type " + name)
                .with("value", recurrence.name() + (recurrenceValue == null ? "" : " " + recurrenceValue)
                        + "; new hires: " + newHireGraceDays + " days");
        if (policyIds != null) {
            long typeId = dsl.select(TRAINING_TYPE.ID).from(TRAINING_TYPE).where(TRAINING_TYPE.NAME.eq(name))
                    .fetchSingle(TRAINING_TYPE.ID);
            dsl.deleteFrom(TRAINING_TYPE_POLICY).where(TRAINING_TYPE_POLICY.TRAINING_TYPE_ID.eq(typeId)).execute();
            for (long policyId : new java.util.LinkedHashSet<>(policyIds)) {
                dsl.insertInto(TRAINING_TYPE_POLICY, TRAINING_TYPE_POLICY.TRAINING_TYPE_ID,
                        TRAINING_TYPE_POLICY.POLICY_ID).values(typeId, policyId).execute();
            }
            event = event.with("policies", String.join(", ", typePolicies(dsl, TRAINING_TYPE.ID.eq(typeId))
                    .getOrDefault(typeId, List.of()).stream().map(PolicyNumber::toString).toList()));
        }
        AuditTrail.joining(dsl, clock).append(event);
    }

    public List<TrainingType> types() {
        Map<Long, List<PolicyNumber>> policies = typePolicies(dsl, DSL.noCondition());
        return dsl.selectFrom(TRAINING_TYPE).orderBy(TRAINING_TYPE.NAME).fetch(r -> toType(r, policies));
    }

    /** The type with exactly that name, else the one whose name starts with it (case-insensitive) if only one does. */
    public Optional<TrainingType> type(String name) {
        Map<Long, List<PolicyNumber>> policies = typePolicies(dsl, DSL.noCondition());
        Optional<TrainingType> exact = dsl.selectFrom(TRAINING_TYPE).where(TRAINING_TYPE.NAME.eq(name))
                .fetchOptional(r -> toType(r, policies));
        if (exact.isPresent()) {
            return exact;
        }
        List<TrainingType> prefixed = dsl.selectFrom(TRAINING_TYPE)
                .where(DSL.lower(TRAINING_TYPE.NAME).startsWith(name.toLowerCase(java.util.Locale.ROOT)))
                .fetch(r -> toType(r, policies));
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The policies of the types that {@code condition} (on TRAINING_TYPE) selects, each list in number order. */
    private static Map<Long, List<PolicyNumber>> typePolicies(DSLContext dsl, Condition condition) {
        Map<Long, List<PolicyNumber>> policies = new HashMap<>();
        dsl.select(TRAINING_TYPE_POLICY.TRAINING_TYPE_ID, POLICY.NUMBER)
                .from(TRAINING_TYPE_POLICY).join(POLICY).on(POLICY.ID.eq(TRAINING_TYPE_POLICY.POLICY_ID))
                .join(TRAINING_TYPE).on(TRAINING_TYPE.ID.eq(TRAINING_TYPE_POLICY.TRAINING_TYPE_ID))
                .where(condition)
                .forEach(r -> policies.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(PolicyNumber.parse(r.value2())));
        policies.values().forEach(java.util.Collections::sort);
        return policies;
    }

    private static TrainingType toType(TrainingTypeRecord r, Map<Long, List<PolicyNumber>> policies) {
        return new TrainingType(r.getId(), r.getName(), Recurrence.valueOf(r.getRecurrence()), r.getRecurrenceValue(),
                r.getNewHireGraceDays(), policies.getOrDefault(r.getId(), List.of()));
    }

    /**
     * Records a held session.
     *
     * @param buildingId null for district-wide
     */
    public TrainingSession addSession(long typeId, LocalDate heldOn, Long buildingId, String presenter,
                                      Collection<Long> policyIds) {
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long sessionId = tx.insertInto(TRAINING_SESSION)
                    .set(TRAINING_SESSION.TRAINING_TYPE_ID, typeId)
                    .set(TRAINING_SESSION.HELD_ON, heldOn)
                    .set(TRAINING_SESSION.BUILDING_ID, buildingId)
                    .set(TRAINING_SESSION.PRESENTER, StaffRepository.fit(presenter, 300))
                    .set(TRAINING_SESSION.CREATED_AT, now())
                    .returning(TRAINING_SESSION.ID).fetchOne().getId();
            for (long policyId : policyIds) {
                tx.insertInto(TRAINING_SESSION_POLICY, TRAINING_SESSION_POLICY.SESSION_ID,
                        TRAINING_SESSION_POLICY.POLICY_ID).values(sessionId, policyId).execute();
            }
            String type = tx.select(TRAINING_TYPE.NAME).from(TRAINING_TYPE).where(TRAINING_TYPE.ID.eq(typeId))
                    .fetchOne(TRAINING_TYPE.NAME);
            AuditTrail.joining(tx, clock).append(AuditEntry.of(AuditKinds.TRAINING_SESSION, AuditKinds.TRAINING,
                    Long.toString(sessionId)).with("type", type).with("held_on", heldOn).with("presenter", presenter)
                    .with("policies", policyIds.size()));
            return sessionId;
        });
        return session(id).orElseThrow();
    }

    public Optional<TrainingSession> session(long sessionId) {
        return sessionsWhere(TRAINING_SESSION.ID.eq(sessionId)).stream().findFirst();
    }

    /** Sessions of a type (all types when null), newest first. */
    public List<TrainingSession> sessions(Long typeId) {
        return sessionsWhere(typeId == null ? DSL.noCondition() : TRAINING_SESSION.TRAINING_TYPE_ID.eq(typeId));
    }

    private List<TrainingSession> sessionsWhere(Condition condition) {
        Map<Long, List<PolicyNumber>> policies = new HashMap<>();
        dsl.select(TRAINING_SESSION_POLICY.SESSION_ID, POLICY.NUMBER)
                .from(TRAINING_SESSION_POLICY).join(POLICY).on(POLICY.ID.eq(TRAINING_SESSION_POLICY.POLICY_ID))
                .join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_SESSION_POLICY.SESSION_ID))
                .where(condition).orderBy(POLICY.NUMBER)
                .forEach(r -> {
                    if (r.value2() != null) {
                        policies.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(PolicyNumber.parse(r.value2()));
                    }
                });
        var attendees = DSL.selectCount().from(ATTENDANCE).where(ATTENDANCE.SESSION_ID.eq(TRAINING_SESSION.ID))
                .asField("attendees");
        return dsl.select(TRAINING_SESSION.ID, TRAINING_SESSION.TRAINING_TYPE_ID, TRAINING_TYPE.NAME,
                        TRAINING_SESSION.HELD_ON, BUILDING.CODE, TRAINING_SESSION.PRESENTER, attendees)
                .from(TRAINING_SESSION)
                .join(TRAINING_TYPE).on(TRAINING_TYPE.ID.eq(TRAINING_SESSION.TRAINING_TYPE_ID))
                .leftJoin(BUILDING).on(BUILDING.ID.eq(TRAINING_SESSION.BUILDING_ID))
                .where(condition)
                .orderBy(TRAINING_SESSION.HELD_ON.desc(), TRAINING_SESSION.ID.desc())
                .fetch(r -> new TrainingSession(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        policies.getOrDefault(r.value1(), List.of()), ((Number) r.value7()).intValue()));
    }

    /**
     * Marks employees (store ids) as having attended; one already marked is left as is.
     *
     * @return how many were newly marked
     */
    public int addAttendance(long sessionId, Collection<Long> employeeIds, String source) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Long> present = tx.select(ATTENDANCE.EMPLOYEE_ID).from(ATTENDANCE)
                    .where(ATTENDANCE.SESSION_ID.eq(sessionId)).fetch(ATTENDANCE.EMPLOYEE_ID);
            java.util.Set<Long> seen = new java.util.HashSet<>(present);
            int added = 0;
            var batch = tx.batch(tx.insertInto(ATTENDANCE, ATTENDANCE.SESSION_ID, ATTENDANCE.EMPLOYEE_ID,
                    ATTENDANCE.SOURCE).values((Long) null, null, null));
            List<Long> newlyMarked = new ArrayList<>();
            for (long e : employeeIds) {
                if (seen.add(e)) {
                    batch.bind(sessionId, e, source);
                    newlyMarked.add(e);
                    added++;
                }
            }
            if (added > 0) {
                batch.execute();
                AuditTrail.joining(tx, clock).appendAll(attendanceEvents(tx, AuditKinds.TRAINING_ATTEND, sessionId,
                        newlyMarked, source));
            }
            return added;
        });
    }

    public int removeAttendance(long sessionId, long employeeId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int removed = tx.deleteFrom(ATTENDANCE)
                    .where(ATTENDANCE.SESSION_ID.eq(sessionId).and(ATTENDANCE.EMPLOYEE_ID.eq(employeeId))).execute();
            if (removed > 0) {
                AuditTrail.joining(tx, clock).appendAll(attendanceEvents(tx, AuditKinds.TRAINING_UNATTEND, sessionId,
                        List.of(employeeId), null));
            }
            return removed;
        });
    }

    /** One event per employee, filed under the employee's ID so their history shows the session. */
    private static List<AuditEntry> attendanceEvents(DSLContext tx, String action, long sessionId,
                                                     Collection<Long> employeeIds, String source) {
        var session = tx.select(TRAINING_TYPE.NAME, TRAINING_SESSION.HELD_ON).from(TRAINING_SESSION)
                .join(TRAINING_TYPE).on(TRAINING_TYPE.ID.eq(TRAINING_SESSION.TRAINING_TYPE_ID))
                .where(TRAINING_SESSION.ID.eq(sessionId)).fetchOne();
        List<AuditEntry> events = new ArrayList<>();
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            tx.select(EMPLOYEE.EMPLOYEE_NO).from(EMPLOYEE).where(EMPLOYEE.ID.in(ids.subList(i, Math.min(ids.size(), i + 1000))))
                    .orderBy(EMPLOYEE.EMPLOYEE_NO)
                    .forEach(r -> events.add(AuditEntry.of(action, AuditKinds.EMPLOYEE, r.value1())
                            .with("session", sessionId).with("type", session == null ? null : session.value1())
                            .with("held_on", session == null ? null : session.value2()).with("source", source)));
        }
        return events;
    }

    /** Store ids of the employees marked present. */
    public List<Long> attendees(long sessionId) {
        return dsl.select(ATTENDANCE.EMPLOYEE_ID).from(ATTENDANCE).where(ATTENDANCE.SESSION_ID.eq(sessionId))
                .orderBy(ATTENDANCE.EMPLOYEE_ID).fetch(ATTENDANCE.EMPLOYEE_ID);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
