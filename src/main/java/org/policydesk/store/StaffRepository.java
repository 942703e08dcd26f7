package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.BUILDING;
import static org.policydesk.store.jooq.Tables.EMPLOYEE;
import static org.policydesk.store.jooq.Tables.EMPLOYEE_BUILDING;
import static org.policydesk.store.jooq.Tables.ROSTER_IMPORT;
import static org.policydesk.store.jooq.Tables.ROSTER_MAPPING;
import static org.policydesk.store.jooq.Tables.ROSTER_MAPPING_COLUMN;

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
import org.policydesk.model.Building;
import org.policydesk.model.ColumnMapping;
import org.policydesk.model.Employee;
import org.policydesk.model.RosterField;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.model.StaffChange;
import org.policydesk.model.StaffRecord;
import org.policydesk.store.jooq.tables.records.RosterMappingRecord;

/** Buildings, employees (never deleted), saved roster column mappings, and roster imports in one transaction. */
public final class StaffRepository {

    private static final int BATCH = 1000;

    private final Database database;
    private final DSLContext dsl;
    private final Clock clock;

    public StaffRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public StaffRepository(Database database, Clock clock) {
        this.database = database;
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** The remembered file shapes and building aliases, on the same store. */
    public RosterMemory memory() {
        return new RosterMemory(database, this, clock);
    }

    // ---- buildings -------------------------------------------------------------------------------------------

    public List<Building> buildings() {
        return dsl.selectFrom(BUILDING).orderBy(BUILDING.CODE)
                .fetch(r -> new Building(r.getId(), r.getCode(), r.getName()));
    }

    public Optional<Building> building(String code) {
        return dsl.selectFrom(BUILDING).where(BUILDING.CODE.eq(code))
                .fetchOptional(r -> new Building(r.getId(), r.getCode(), r.getName()));
    }

    /** Adds a building, or renames the one with that code. */
    public Building saveBuilding(String code, String name) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int updated = tx.update(BUILDING).set(BUILDING.NAME, name).where(BUILDING.CODE.eq(code)).execute();
            if (updated == 0) {
                tx.insertInto(BUILDING, BUILDING.CODE, BUILDING.NAME).values(code, name).execute();
            }
            AuditTrail.joining(tx, clock).append(AuditEntry.of(AuditKinds.SETTING_CHANGE, AuditKinds.SETTING,
                    "building " + code).with("value", name));
        });
        database.staffChanged();
        return building(code).orElseThrow();
    }

    // ---- employees -------------------------------------------------------------------------------------------

    /** Every employee, active or not, with their buildings (home first). */
    public List<Employee> employees() {
        return employeesWhere(DSL.noCondition());
    }

    public Optional<Employee> employee(String employeeNo) {
        return employeesWhere(EMPLOYEE.EMPLOYEE_NO.eq(employeeNo)).stream().findFirst();
    }

    /** Employees whose ID, last or first name contains {@code text} (case-insensitive), active first. */
    public List<Employee> search(String text, int limit) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        Condition match = t.isEmpty() ? DSL.noCondition()
                : DSL.lower(EMPLOYEE.EMPLOYEE_NO).contains(t)
                .or(DSL.lower(EMPLOYEE.LAST_NAME).contains(t))
                .or(DSL.lower(EMPLOYEE.FIRST_NAME).contains(t))
                .or(DSL.lower(EMPLOYEE.LAST_NAME.concat(DSL.val(", ")).concat(EMPLOYEE.FIRST_NAME)).contains(t));
        List<Long> ids = dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(match)
                .orderBy(EMPLOYEE.ACTIVE.desc(), EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME, EMPLOYEE.EMPLOYEE_NO)
                .limit(limit).fetch(EMPLOYEE.ID);
        Map<Long, Employee> byId = new HashMap<>();
        employeesWhere(EMPLOYEE.ID.in(ids)).forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).toList();
    }

    /** The store id of each employee ID. */
    public Map<String, Long> employeeIds() {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(EMPLOYEE.EMPLOYEE_NO, EMPLOYEE.ID).from(EMPLOYEE).forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    private List<Employee> employeesWhere(Condition condition) {
        Map<Long, List<String>> buildings = new HashMap<>();
        dsl.select(EMPLOYEE_BUILDING.EMPLOYEE_ID, BUILDING.CODE)
                .from(EMPLOYEE_BUILDING).join(BUILDING).on(BUILDING.ID.eq(EMPLOYEE_BUILDING.BUILDING_ID))
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(EMPLOYEE_BUILDING.EMPLOYEE_ID))
                .where(condition)
                .orderBy(EMPLOYEE_BUILDING.EMPLOYEE_ID, EMPLOYEE_BUILDING.ORDINAL)
                .forEach(r -> buildings.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl.selectFrom(EMPLOYEE).where(condition)
                .orderBy(EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME, EMPLOYEE.EMPLOYEE_NO)
                .fetch(r -> new Employee(r.getId(), r.getEmployeeNo(), r.getLastName(), r.getFirstName(),
                        r.getMiddleName(), r.getPosition(), r.getEmail(),
                        buildings.getOrDefault(r.getId(), List.of()), r.getHireDate(), r.getLeaveDate(),
                        r.getActive()));
    }

    // ---- roster import ---------------------------------------------------------------------------------------

    /**
     * Writes a previewed roster in one transaction: new buildings, new and changed employees, departed staff
     * made inactive with the import date as leave date, and a record of the import. Rows listed as problems
     * are not in the preview's lists and are not written.
     */
    public RosterImportResult applyRoster(RosterPreview preview) {
        return applyRoster(preview, tx -> { });
    }

    /** As {@link #applyRoster(RosterPreview)}, giving the transaction to {@code beforeCommit} last (tests fail there). */
    RosterImportResult applyRoster(RosterPreview preview, java.util.function.Consumer<DSLContext> beforeCommit) {
        try {
            return dsl.transactionResult(cfg -> {
                RosterImportResult result = new Writer(cfg.dsl(), now()).write(preview);
                AuditTrail.joining(cfg.dsl(), clock).appendAll(auditEvents(preview));
                beforeCommit.accept(cfg.dsl());
                return result;
            });
        } finally {
            database.staffChanged();
        }
    }

    /**
     * One {@code roster.import} event for the file, and one event per employee it adds, changes or marks
     * departed, so each employee's history shows the imports that touched them.
     */
    static List<AuditEntry> auditEvents(RosterPreview p) {
        List<AuditEntry> events = new ArrayList<>(1 + p.newStaff().size() + p.changed().size() + p.departed().size());
        events.add(AuditEntry.of(AuditKinds.ROSTER_IMPORT, AuditKinds.ROSTER, p.sourceName())
                .with("mapping", p.mapping().name()).with("full_roster", p.fullRoster())
                .with("added", p.newStaff().size()).with("changed", p.changed().size())
                .with("unchanged", p.unchanged()).with("departed", p.departed().size())
                .with("skipped_rows", p.problems().size()));
        // Built as one map each rather than through AuditEntry.with, which copies the map per detail.
        for (StaffRecord r : p.newStaff()) {
            events.add(employeeEvent(AuditKinds.EMPLOYEE_ADD, r.employeeNo(), "roster", p.sourceName(),
                    "name", r.displayName(), "position", r.position(),
                    "buildings", String.join(", ", r.buildingCodes())));
        }
        for (StaffChange c : p.changed()) {
            events.add(employeeEvent(AuditKinds.EMPLOYEE_CHANGE, c.after().employeeNo(), "roster", p.sourceName(),
                    "changes", String.join("; ", c.differences())));
        }
        for (Employee e : p.departed()) {
            events.add(employeeEvent(AuditKinds.EMPLOYEE_DEPART, e.employeeNo(), "roster", p.sourceName(),
                    "leave_date", String.valueOf(e.leaveDate() != null && !e.leaveDate().isAfter(p.importDate())
                            ? e.leaveDate() : p.importDate())));
        }
        return events;
    }

    /** An employee event with details given as name, value pairs; a null value is left out, as in {@code with}. */
    private static AuditEntry employeeEvent(String action, String employeeNo, String... details) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < details.length; i += 2) {
            if (details[i + 1] != null) {
                map.put(details[i], details[i + 1]);
            }
        }
        return new AuditEntry(action, AuditKinds.EMPLOYEE, employeeNo, map);
    }

    private static final class Writer {
        private final DSLContext tx;
        private final OffsetDateTime now;

        Writer(DSLContext tx, OffsetDateTime now) {
            this.tx = tx;
            this.now = now;
        }

        RosterImportResult write(RosterPreview p) {
            for (String code : p.newBuildings()) {
                if (!tx.fetchExists(BUILDING, BUILDING.CODE.eq(code))) {
                    tx.insertInto(BUILDING, BUILDING.CODE, BUILDING.NAME).values(code, code).execute();
                }
            }
            Map<String, Long> buildingIds = new HashMap<>();
            tx.select(BUILDING.CODE, BUILDING.ID).from(BUILDING).forEach(r -> buildingIds.put(r.value1(), r.value2()));

            insertEmployees(p.newStaff());
            updateEmployees(p.changed());
            departures(p);

            Map<String, Long> ids = new HashMap<>();
            tx.select(EMPLOYEE.EMPLOYEE_NO, EMPLOYEE.ID).from(EMPLOYEE).forEach(r -> ids.put(r.value1(), r.value2()));
            List<StaffRecord> placed = new ArrayList<>(p.newStaff());
            List<Long> replaced = new ArrayList<>();
            for (StaffChange c : p.changed()) {
                if (!c.before().buildingCodes().equals(c.after().buildingCodes())) {
                    placed.add(c.after());
                    replaced.add(ids.get(c.after().employeeNo()));
                }
            }
            for (int i = 0; i < replaced.size(); i += BATCH) {
                tx.deleteFrom(EMPLOYEE_BUILDING)
                        .where(EMPLOYEE_BUILDING.EMPLOYEE_ID.in(replaced.subList(i, Math.min(replaced.size(), i + BATCH))))
                        .execute();
            }
            List<long[]> links = new ArrayList<>();
            for (StaffRecord r : placed) {
                long employeeId = ids.get(r.employeeNo());
                for (int i = 0; i < r.buildingCodes().size(); i++) {
                    links.add(new long[] {employeeId, buildingIds.get(r.buildingCodes().get(i)), i});
                }
            }
            JdbcBatch.run(tx, tx.insertInto(EMPLOYEE_BUILDING, EMPLOYEE_BUILDING.EMPLOYEE_ID,
                    EMPLOYEE_BUILDING.BUILDING_ID, EMPLOYEE_BUILDING.ORDINAL).values((Long) null, null, null), 3, links,
                    (link, values) -> {
                        values[0] = link[0];
                        values[1] = link[1];
                        values[2] = (int) link[2];
                    });
            tx.insertInto(ROSTER_IMPORT)
                    .set(ROSTER_IMPORT.SOURCE_NAME, fit(p.sourceName(), 1000))
                    .set(ROSTER_IMPORT.MAPPING_NAME, p.mapping().name())
                    .set(ROSTER_IMPORT.FULL_ROSTER, p.fullRoster())
                    .set(ROSTER_IMPORT.NEW_COUNT, p.newStaff().size())
                    .set(ROSTER_IMPORT.CHANGED_COUNT, p.changed().size())
                    .set(ROSTER_IMPORT.UNCHANGED_COUNT, p.unchanged())
                    .set(ROSTER_IMPORT.DEPARTED_COUNT, p.departed().size())
                    .set(ROSTER_IMPORT.SKIPPED_ROWS, p.problems().size())
                    .set(ROSTER_IMPORT.IMPORTED_AT, now)
                    .execute();
            return new RosterImportResult(p.newStaff().size(), p.changed().size(), p.unchanged(), p.departed().size(),
                    p.newBuildings().size(), p.problems().size());
        }

        private void insertEmployees(List<StaffRecord> records) {
            JdbcBatch.run(tx, tx.insertInto(EMPLOYEE, EMPLOYEE.EMPLOYEE_NO, EMPLOYEE.LAST_NAME, EMPLOYEE.FIRST_NAME,
                            EMPLOYEE.MIDDLE_NAME, EMPLOYEE.POSITION, EMPLOYEE.EMAIL, EMPLOYEE.HIRE_DATE,
                            EMPLOYEE.LEAVE_DATE, EMPLOYEE.ACTIVE, EMPLOYEE.CREATED_AT, EMPLOYEE.CHANGED_AT)
                    .values((String) null, null, null, null, null, null, null, null, null, null, null), 11, records,
                    (r, values) -> {
                        values[0] = r.employeeNo();
                        putNames(r, values, 1);
                        values[9] = now;
                        values[10] = now;
                    });
        }

        private void updateEmployees(List<StaffChange> changes) {
            JdbcBatch.run(tx, tx.update(EMPLOYEE)
                            .set(EMPLOYEE.LAST_NAME, (String) null)
                            .set(EMPLOYEE.FIRST_NAME, (String) null)
                            .set(EMPLOYEE.MIDDLE_NAME, (String) null)
                            .set(EMPLOYEE.POSITION, (String) null)
                            .set(EMPLOYEE.EMAIL, (String) null)
                            .set(EMPLOYEE.HIRE_DATE, (LocalDate) null)
                            .set(EMPLOYEE.LEAVE_DATE, (LocalDate) null)
                            .set(EMPLOYEE.ACTIVE, (Boolean) null)
                            .set(EMPLOYEE.CHANGED_AT, (OffsetDateTime) null)
                            .where(EMPLOYEE.EMPLOYEE_NO.eq((String) null)), 10, changes,
                    (c, values) -> {
                        putNames(c.after(), values, 0);
                        values[8] = now;
                        values[9] = c.after().employeeNo();
                    });
        }

        /** Names, position, email, hire and leave date and the active flag, from {@code values[at]} on. */
        private static void putNames(StaffRecord r, Object[] values, int at) {
            values[at] = fit(r.lastName(), 200);
            values[at + 1] = fit(r.firstName(), 200);
            values[at + 2] = fit(r.middleName(), 100);
            values[at + 3] = fit(r.position(), 200);
            values[at + 4] = fit(r.email(), 320);
            values[at + 5] = r.hireDate();
            values[at + 6] = r.leaveDate();
            values[at + 7] = r.active();
        }

        private void departures(RosterPreview p) {
            List<String> nos = p.departed().stream().map(Employee::employeeNo).toList();
            for (int i = 0; i < nos.size(); i += BATCH) {
                Collection<String> chunk = nos.subList(i, Math.min(nos.size(), i + BATCH));
                tx.update(EMPLOYEE)
                        .set(EMPLOYEE.ACTIVE, false)
                        .set(EMPLOYEE.LEAVE_DATE, DSL.when(EMPLOYEE.LEAVE_DATE.isNull()
                                        .or(EMPLOYEE.LEAVE_DATE.gt(p.importDate())), DSL.val(p.importDate()))
                                .otherwise(EMPLOYEE.LEAVE_DATE))
                        .set(EMPLOYEE.CHANGED_AT, now)
                        .where(EMPLOYEE.EMPLOYEE_NO.in(chunk))
                        .execute();
            }
        }
    }

    /** Past roster imports, newest first: source name and counts as "new/changed/unchanged/departed/skipped". */
    public List<String> importLog() {
        return dsl.selectFrom(ROSTER_IMPORT).orderBy(ROSTER_IMPORT.ID.desc())
                .fetch(r -> r.getImportedAt() + " " + r.getSourceName() + ": " + r.getNewCount() + " new, "
                        + r.getChangedCount() + " changed, " + r.getUnchangedCount() + " unchanged, "
                        + r.getDepartedCount() + " departed, " + r.getSkippedRows() + " rows skipped");
    }

    // ---- saved mappings --------------------------------------------------------------------------------------

    public List<String> mappingNames() {
        return dsl.select(ROSTER_MAPPING.NAME).from(ROSTER_MAPPING).orderBy(ROSTER_MAPPING.NAME).fetch(ROSTER_MAPPING.NAME);
    }

    public Optional<ColumnMapping> mapping(String name) {
        RosterMappingRecord m = dsl.selectFrom(ROSTER_MAPPING).where(ROSTER_MAPPING.NAME.eq(name)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        List<ColumnMapping.Column> columns = dsl.selectFrom(ROSTER_MAPPING_COLUMN)
                .where(ROSTER_MAPPING_COLUMN.MAPPING_ID.eq(m.getId()))
                .orderBy(ROSTER_MAPPING_COLUMN.ID)
                .fetch(r -> new ColumnMapping.Column(RosterField.valueOf(r.getField()), r.getColumnIndex(),
                        r.getHeader()));
        String sep = m.getSeparator();
        return Optional.of(new ColumnMapping(m.getName(), m.getHasHeader(),
                sep == null || sep.isEmpty() ? null : sep.charAt(0), m.getEncoding(), columns));
    }

    /** Saves a mapping under its name, replacing one saved before under the same name. */
    public void saveMapping(ColumnMapping mapping) {
        if (mapping.name() == null || mapping.name().isBlank()) {
            throw new IllegalArgumentException("a saved mapping needs a name");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Long id = tx.select(ROSTER_MAPPING.ID).from(ROSTER_MAPPING).where(ROSTER_MAPPING.NAME.eq(mapping.name()))
                    .fetchOne(ROSTER_MAPPING.ID);
            String sep = mapping.separator() == null ? null : String.valueOf(mapping.separator());
            if (id == null) {
                id = tx.insertInto(ROSTER_MAPPING)
                        .set(ROSTER_MAPPING.NAME, mapping.name())
                        .set(ROSTER_MAPPING.HAS_HEADER, mapping.hasHeader())
                        .set(ROSTER_MAPPING.SEPARATOR, sep)
                        .set(ROSTER_MAPPING.ENCODING, mapping.encoding())
                        .set(ROSTER_MAPPING.CHANGED_AT, now())
                        .returning(ROSTER_MAPPING.ID).fetchOne().getId();
            } else {
                tx.update(ROSTER_MAPPING)
                        .set(ROSTER_MAPPING.HAS_HEADER, mapping.hasHeader())
                        .set(ROSTER_MAPPING.SEPARATOR, sep)
                        .set(ROSTER_MAPPING.ENCODING, mapping.encoding())
                        .set(ROSTER_MAPPING.CHANGED_AT, now())
                        .where(ROSTER_MAPPING.ID.eq(id)).execute();
                tx.deleteFrom(ROSTER_MAPPING_COLUMN).where(ROSTER_MAPPING_COLUMN.MAPPING_ID.eq(id)).execute();
            }
            for (ColumnMapping.Column c : mapping.columns()) {
                tx.insertInto(ROSTER_MAPPING_COLUMN)
                        .set(ROSTER_MAPPING_COLUMN.MAPPING_ID, id)
                        .set(ROSTER_MAPPING_COLUMN.FIELD, c.field().name())
                        .set(ROSTER_MAPPING_COLUMN.COLUMN_INDEX, c.index())
                        .set(ROSTER_MAPPING_COLUMN.HEADER, fit(c.header(), 200))
                        .execute();
            }
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String fit(String value, int length) {
        if (value == null || value.length() <= length) {
            return value;
        }
        return value.substring(0, length);
    }
}
