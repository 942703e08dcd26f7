package org.policydesk.store;

import static org.jooq.impl.DSL.max;
import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT;
import static org.policydesk.store.jooq.Tables.ACKNOWLEDGMENT_STRIKE;
import static org.policydesk.store.jooq.Tables.ATTENDANCE;
import static org.policydesk.store.jooq.Tables.BUILDING;
import static org.policydesk.store.jooq.Tables.EMPLOYEE;
import static org.policydesk.store.jooq.Tables.EMPLOYEE_BUILDING;
import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.TRAINING_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.VersionStatus;

/**
 * The facts a roster check is computed from, each read in one indexed query. The policy's versions are looked
 * up first and passed in as ids, never joined as a subquery: H2 plans the join on 2 M acknowledgments far
 * worse the other way.
 */
public final class ComplianceRepository {

    private final Database database;
    private final DSLContext dsl;
    /** All employees with their buildings, sorted by building and name; valid while the staff generation holds. */
    private volatile StaffCache staffCache;

    private record StaffCache(long generation, List<Staffed> staff) {
    }

    /** A placement with the dates that decide whether it counts on a given day. */
    private record Staffed(Placement placement, LocalDate leaveDate, boolean active) {
    }

    public ComplianceRepository(Database database) {
        this.database = database;
        this.dsl = database.dsl();
    }

    /**
     * One version of a policy.
     *
     * @param editorial its adoption was marked footnote/editorial only (no re-acknowledgment needed)
     */
    public record VersionRef(long id, int seq, VersionStatus status, boolean editorial) {
    }

    /** A policy with all its versions, oldest first. */
    public record PolicyVersions(long policyId, String number, String title, List<VersionRef> versions) {
        /** The newest ADOPTED version: what staff must have acknowledged. */
        public Optional<VersionRef> currentAdopted() {
            VersionRef found = null;
            for (VersionRef v : versions) {
                if (v.status() == VersionStatus.ADOPTED) {
                    found = v;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** A staff member working in a building; one row per building they work in. */
    public record Placement(long employeeId, String employeeNo, String lastName, String firstName, String middleName,
                            String position, LocalDate hireDate, String buildingCode, String buildingName,
                            int ordinal) {
    }

    /** The latest acknowledgment time of one employee for one version. */
    public record AckFact(long employeeId, long versionId, Instant lastAt) {
    }

    /** The latest session date an employee attended. */
    public record AttendanceFact(long employeeId, LocalDate lastAttended) {
    }

    public Optional<PolicyVersions> policyVersions(PolicyNumber number) {
        var policy = dsl.select(POLICY.ID, POLICY.NUMBER, POLICY.TITLE).from(POLICY)
                .where(POLICY.NUMBER.eq(number.toString())).fetchOne();
        if (policy == null) {
            return Optional.empty();
        }
        List<VersionRef> versions = dsl.select(POLICY_VERSION.ID, POLICY_VERSION.SEQ, POLICY_VERSION.STATUS,
                        POLICY_VERSION.EDITORIAL)
                .from(POLICY_VERSION).where(POLICY_VERSION.POLICY_ID.eq(policy.value1()))
                .orderBy(POLICY_VERSION.SEQ)
                .fetch(r -> new VersionRef(r.value1(), r.value2(), VersionStatus.valueOf(r.value3()),
                        Boolean.TRUE.equals(r.value4())));
        return Optional.of(new PolicyVersions(policy.value1(), policy.value2(), policy.value3(), versions));
    }

    /**
     * Staff employed on {@code asOf}: hired on or before it (or no hire date), not left by then, and not an
     * inactive record without a leave date. One row per building, sorted by building code then name;
     * {@code buildingCode} null means all. The roster is read once and kept until staff change (a roster
     * import), since it changes rarely and every check needs all of it.
     */
    public List<Placement> staffAsOf(LocalDate asOf, String buildingCode) {
        List<Placement> out = new ArrayList<>();
        for (Staffed s : staff()) {
            Placement p = s.placement();
            boolean hired = p.hireDate() == null || !p.hireDate().isAfter(asOf);
            boolean employed = s.leaveDate() == null ? s.active() : s.leaveDate().isAfter(asOf);
            if (hired && employed && (buildingCode == null || buildingCode.equals(p.buildingCode()))) {
                out.add(p);
            }
        }
        return out;
    }

    private List<Staffed> staff() {
        long generation = database.staffGeneration();
        StaffCache cache = staffCache;
        if (cache == null || cache.generation() != generation) {
            cache = new StaffCache(generation, loadStaff());
            staffCache = cache;
        }
        return cache.staff();
    }

    private List<Staffed> loadStaff() {
        List<Staffed> staff = dsl.select(EMPLOYEE.ID, EMPLOYEE.EMPLOYEE_NO, EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME,
                        EMPLOYEE.MIDDLE_NAME, EMPLOYEE.POSITION, EMPLOYEE.HIRE_DATE, BUILDING.CODE, BUILDING.NAME,
                        EMPLOYEE_BUILDING.ORDINAL, EMPLOYEE.LEAVE_DATE, EMPLOYEE.ACTIVE)
                .from(EMPLOYEE)
                .join(EMPLOYEE_BUILDING).on(EMPLOYEE_BUILDING.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                .join(BUILDING).on(BUILDING.ID.eq(EMPLOYEE_BUILDING.BUILDING_ID))
                .fetch(r -> new Staffed(new Placement(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()), r.value11(), r.value12()));
        staff.sort(Comparator.comparing((Staffed s) -> s.placement().buildingCode())
                .thenComparing(s -> s.placement().lastName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.placement().firstName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.placement().employeeNo()));
        return List.copyOf(staff);
    }

    /**
     * Per employee and version, the latest acknowledgment before {@code before}, for the given versions.
     *
     * <p>One query per version, each on the {@code (policy_version_id, employee_id, acknowledged_at)} index with
     * the version as its fixed prefix, read from the index alone and grouped in index order. One query with
     * {@code IN (?, ?, ?)} let H2 2.3 put the time bound first, then skip the {@code IN} list and scan all 2 M
     * index entries (decision 0083).
     */
    public List<AckFact> acknowledgments(Collection<Long> versionIds, Instant before) {
        OffsetDateTime limit = before.atOffset(ZoneOffset.UTC);
        List<AckFact> facts = new ArrayList<>();
        for (long versionId : versionIds) {
            dsl.select(ACKNOWLEDGMENT.EMPLOYEE_ID, max(ACKNOWLEDGMENT.ACKNOWLEDGED_AT))
                    .from(ACKNOWLEDGMENT)
                    .where(ACKNOWLEDGMENT.POLICY_VERSION_ID.eq(versionId)
                            .and(ACKNOWLEDGMENT.ACKNOWLEDGED_AT.lt(limit)))
                    .groupBy(ACKNOWLEDGMENT.EMPLOYEE_ID)
                    .forEach(r -> facts.add(new AckFact(r.value1(), versionId, r.value2().toInstant())));
        }
        return withoutStruck(facts, versionIds, limit);
    }

    /**
     * Replaces the facts of employees with a struck-out acknowledgment by their latest one that still counts.
     * Strikes are rare, so the fast index-only read above stays as it is and only these few are read again.
     */
    private List<AckFact> withoutStruck(List<AckFact> facts, Collection<Long> versionIds, OffsetDateTime limit) {
        Map<Long, List<Long>> struck = new SheetReturnRepository(dsl).struckEmployees(versionIds);
        if (struck.isEmpty()) {
            return facts;
        }
        List<AckFact> kept = new ArrayList<>(facts.size());
        for (AckFact f : facts) {
            if (!struck.getOrDefault(f.versionId(), List.of()).contains(f.employeeId())) {
                kept.add(f);
            }
        }
        struck.forEach((versionId, employees) -> dsl.select(ACKNOWLEDGMENT.EMPLOYEE_ID, max(ACKNOWLEDGMENT.ACKNOWLEDGED_AT))
                .from(ACKNOWLEDGMENT)
                .where(ACKNOWLEDGMENT.POLICY_VERSION_ID.eq(versionId).and(ACKNOWLEDGMENT.ACKNOWLEDGED_AT.lt(limit))
                        .and(ACKNOWLEDGMENT.EMPLOYEE_ID.in(employees)))
                .andNotExists(dsl.selectOne().from(ACKNOWLEDGMENT_STRIKE)
                        .where(ACKNOWLEDGMENT_STRIKE.ACKNOWLEDGMENT_ID.eq(ACKNOWLEDGMENT.ID)))
                .groupBy(ACKNOWLEDGMENT.EMPLOYEE_ID)
                .forEach(r -> kept.add(new AckFact(r.value1(), versionId, r.value2().toInstant()))));
        return kept;
    }

    /** Per employee, the latest session of the type they attended on or before {@code asOf}. */
    public List<AttendanceFact> attendance(long trainingTypeId, LocalDate asOf) {
        return dsl.select(ATTENDANCE.EMPLOYEE_ID, max(TRAINING_SESSION.HELD_ON))
                .from(ATTENDANCE).join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .where(TRAINING_SESSION.TRAINING_TYPE_ID.eq(trainingTypeId).and(TRAINING_SESSION.HELD_ON.le(asOf)))
                .groupBy(ATTENDANCE.EMPLOYEE_ID)
                .fetch(r -> new AttendanceFact(r.value1(), r.value2()));
    }
}
