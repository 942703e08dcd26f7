package org.policydesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.Employee;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterField;
import org.policydesk.model.RosterPreview;
import org.policydesk.model.StaffChange;
import org.policydesk.model.StaffRecord;

/** Compares a parsed roster with the staff in the store: new, changed, unchanged, departed. */
public final class RosterDiff {

    private RosterDiff() {
    }

    public static RosterPreview preview(RawTable table, LayoutGuess layout, ParsedRoster parsed,
                                        Collection<Employee> stored, BuildingDirectory directory,
                                        Set<String> storedBuildingCodes, boolean fullRoster, LocalDate importDate) {
        ColumnMapping mapping = layout.mapping();
        Map<String, Employee> byNo = stored.stream()
                .collect(Collectors.toMap(Employee::employeeNo, Function.identity()));
        Set<RosterField> mapped = EnumSet.noneOf(RosterField.class);
        mapping.columns().forEach(c -> mapped.add(c.field()));

        List<StaffRecord> added = new ArrayList<>();
        List<StaffChange> changed = new ArrayList<>();
        int unchanged = 0;
        Set<String> newBuildings = new TreeSet<>();
        Set<String> buildings = new TreeSet<>();
        for (ParsedRoster.Line line : parsed.records()) {
            StaffRecord record = withBuildingCodes(line.record(), directory);
            Employee existing = byNo.get(record.employeeNo());
            if (existing == null && !record.active()) {
                // Someone who left before the store ever knew them: counted as inactive, not added as staff.
                continue;
            }
            buildings.addAll(record.buildingCodes());
            record.buildingCodes().stream().filter(c -> !storedBuildingCodes.contains(c)).forEach(newBuildings::add);
            if (existing == null) {
                added.add(record);
                continue;
            }
            StaffRecord before = StaffRecord.of(existing);
            StaffRecord after = keepUnmapped(before, record, mapped);
            List<String> differences = differences(before, after);
            if (differences.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new StaffChange(before, after, differences));
            }
        }
        List<Employee> departed = new ArrayList<>();
        if (fullRoster) {
            for (Employee e : stored) {
                if (e.active() && !parsed.mentionedIds().contains(e.employeeNo())) {
                    departed.add(e);
                }
            }
            departed.sort(Comparator.comparing(Employee::lastName).thenComparing(Employee::firstName)
                    .thenComparing(Employee::employeeNo));
        }
        return new RosterPreview(table.sourceName(), table.format(), table.encoding(), table.detected(), mapping,
                parsed.header(), fullRoster, importDate, parsed.dataRows(), added, changed, unchanged, departed,
                List.copyOf(newBuildings), parsed.duplicates(), parsed.conflictingRows(), parsed.problems(),
                buildings.size(), parsed.records().size(), parsed.inactive(), parsed.notes(), layout);
    }

    private static StaffRecord withBuildingCodes(StaffRecord r, BuildingDirectory directory) {
        List<String> codes = r.buildingCodes().stream().map(directory::codeFor).distinct().toList();
        return codes.equals(r.buildingCodes()) ? r : new StaffRecord(r.employeeNo(), r.lastName(), r.firstName(),
                r.middleName(), r.position(), r.email(), codes, r.hireDate(), r.leaveDate(), r.active());
    }

    /** Columns the file does not have leave the stored value alone. */
    private static StaffRecord keepUnmapped(StaffRecord before, StaffRecord in, Set<RosterField> mapped) {
        boolean separateNames = mapped.contains(RosterField.LAST_NAME);
        return new StaffRecord(in.employeeNo(), in.lastName(),
                separateNames && !mapped.contains(RosterField.FIRST_NAME) ? before.firstName() : in.firstName(),
                mapped.contains(RosterField.MIDDLE_NAME) || !separateNames ? in.middleName() : before.middleName(),
                mapped.contains(RosterField.POSITION) ? in.position() : before.position(),
                mapped.contains(RosterField.EMAIL) ? in.email() : before.email(),
                mapped.contains(RosterField.BUILDING) ? in.buildingCodes() : before.buildingCodes(),
                mapped.contains(RosterField.HIRE_DATE) ? in.hireDate() : before.hireDate(),
                mapped.contains(RosterField.LEAVE_DATE) || mapped.contains(RosterField.STATUS)
                        ? in.leaveDate() : null,
                in.active());
    }

    static List<String> differences(StaffRecord a, StaffRecord b) {
        List<String> out = new ArrayList<>();
        diff(out, "last name", a.lastName(), b.lastName());
        diff(out, "first name", a.firstName(), b.firstName());
        diff(out, "middle name", a.middleName(), b.middleName());
        diff(out, "position", a.position(), b.position());
        diff(out, "email", a.email(), b.email());
        if (!new LinkedHashSet<>(a.buildingCodes()).equals(new LinkedHashSet<>(b.buildingCodes()))
                || !a.buildingCodes().equals(b.buildingCodes())) {
            diff(out, "buildings", String.join(", ", a.buildingCodes()), String.join(", ", b.buildingCodes()));
        }
        diff(out, "hire date", a.hireDate(), b.hireDate());
        diff(out, "leave date", a.leaveDate(), b.leaveDate());
        if (a.active() != b.active()) {
            out.add(b.active() ? "active again" : "now inactive");
        }
        return out;
    }

    private static void diff(List<String> out, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(what + ": " + (before == null || "".equals(before) ? "—" : before) + " → "
                    + (after == null || "".equals(after) ? "—" : after));
        }
    }
}
