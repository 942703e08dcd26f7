package org.policydesk.roster;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.policydesk.model.RowProblem;
import org.policydesk.model.StaffRecord;

/**
 * Turns rows into people. Vendor exports list a person once per building or assignment, with the same ID: those
 * rows are one employee in several buildings. A row repeated cell for cell is a duplicate, counted once. The
 * same ID under two different names is a real conflict: both lines are reported and neither is used.
 */
record PersonRows(List<ParsedRoster.Line> records, List<String> duplicates, int conflictingRows,
                  List<RowProblem> conflicts, List<RowProblem> merged) {

    /** One usable row: its line, its cells as read, and the record made from them. */
    record Row(long line, List<String> cells, StaffRecord record) {
    }

    static PersonRows merge(Map<String, List<Row>> byId) {
        List<ParsedRoster.Line> records = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<RowProblem> conflicts = new ArrayList<>();
        List<RowProblem> merged = new ArrayList<>();
        int conflicting = 0;
        for (Map.Entry<String, List<Row>> e : byId.entrySet()) {
            List<Row> distinct = new ArrayList<>();
            for (Row row : e.getValue()) {
                Row same = distinct.stream().filter(d -> sameCells(d.cells(), row.cells())).findFirst().orElse(null);
                if (same == null) {
                    distinct.add(row);
                } else {
                    duplicates.add("line " + row.line() + " repeats line " + same.line() + " (employee " + e.getKey()
                            + "); counted once");
                }
            }
            if (distinct.size() == 1) {
                records.add(new ParsedRoster.Line(distinct.get(0).line(), distinct.get(0).record()));
                continue;
            }
            Set<String> names = distinct.stream().map(r -> nameKey(r.record())).collect(Collectors.toSet());
            if (names.size() > 1) {
                String detail = distinct.stream().map(r -> "\"" + r.record().displayName() + "\" on line " + r.line())
                        .collect(Collectors.joining(", "));
                for (Row r : distinct) {
                    conflicting++;
                    conflicts.add(new RowProblem(r.line(), "employee " + e.getKey() + " has different names: "
                            + detail));
                }
                continue;
            }
            StaffRecord person = combine(distinct);
            records.add(new ParsedRoster.Line(distinct.get(0).line(), person));
            merged.add(new RowProblem(distinct.get(0).line(), "employee " + e.getKey() + " is on lines "
                    + distinct.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                    + ": one person" + (person.buildingCodes().size() > 1 ? " in buildings "
                    + String.join(", ", person.buildingCodes()) : "")));
        }
        return new PersonRows(records, duplicates, conflicting, conflicts, merged);
    }

    /** One person from their rows: every building in file order, the first row's other details filled from later rows. */
    private static StaffRecord combine(List<Row> rows) {
        StaffRecord first = rows.get(0).record();
        Set<String> buildings = new LinkedHashSet<>();
        String middle = first.middleName();
        String position = first.position();
        String email = first.email();
        LocalDate hire = first.hireDate();
        LocalDate leave = first.leaveDate();
        boolean active = false;
        for (Row row : rows) {
            StaffRecord r = row.record();
            // A person who still works in any of their assignments is still staff.
            if (r.active()) {
                buildings.addAll(r.buildingCodes());
            }
            middle = middle != null ? middle : r.middleName();
            position = position != null ? position : r.position();
            email = email != null ? email : r.email();
            hire = hire == null || r.hireDate() != null && r.hireDate().isBefore(hire) ? r.hireDate() : hire;
            active |= r.active();
        }
        if (!active) {
            rows.forEach(r -> buildings.addAll(r.record().buildingCodes()));
        } else {
            leave = null;
        }
        return new StaffRecord(first.employeeNo(), first.lastName(), first.firstName(), middle, position, email,
                List.copyOf(buildings), hire, leave, active);
    }

    private static boolean sameCells(List<String> a, List<String> b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = i < a.size() ? a.get(i).strip() : "";
            String y = i < b.size() ? b.get(i).strip() : "";
            if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** Last and first name without case, accents or punctuation: "O'Brien, Seán" and "OBRIEN, Sean" are one name. */
    private static String nameKey(StaffRecord r) {
        String s = Normalizer.normalize(r.lastName() + "|" + r.firstName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}|]", "");
        return Objects.requireNonNull(s);
    }
}
