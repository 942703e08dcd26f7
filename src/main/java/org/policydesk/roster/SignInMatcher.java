package org.policydesk.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.Employee;
import org.policydesk.model.RosterField;
import org.policydesk.model.RowProblem;

/**
 * Finds the staff a sign-in sheet names: by an employee ID column when it has one, else by "Last, First" or
 * separate name columns. A sheet without a header is read by its first column as IDs.
 */
public final class SignInMatcher {

    /** The store ids found, the non-blank data rows read, and the lines that named nobody (or several people). */
    public record Matches(Set<Long> employeeIds, int rows, List<RowProblem> problems) {
    }

    public Matches match(RawTable table, List<Employee> staff) throws MappingException {
        List<RawRow> rows = table.rows().stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            return new Matches(Set.of(), 0, List.of());
        }
        Map<String, Long> byNo = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        for (Employee e : staff) {
            byNo.put(e.employeeNo(), e.id());
            byName.computeIfAbsent(nameKey(e.lastName(), e.firstName()), k -> new ArrayList<>()).add(e.id());
        }
        int first = 0;
        Integer idCol = 0;
        Integer fullCol = null;
        Integer lastCol = null;
        Integer firstCol = null;
        if (MappingGuesser.looksLikeHeader(rows.get(0).cells())) {
            first = 1;
            ColumnMapping guessed = MappingGuesser.guess(rows.get(0).cells());
            idCol = guessed.columnFor(RosterField.EMPLOYEE_ID).map(ColumnMapping.Column::index).orElse(null);
            fullCol = guessed.columnFor(RosterField.FULL_NAME).map(ColumnMapping.Column::index).orElse(null);
            lastCol = guessed.columnFor(RosterField.LAST_NAME).map(ColumnMapping.Column::index).orElse(null);
            firstCol = guessed.columnFor(RosterField.FIRST_NAME).map(ColumnMapping.Column::index).orElse(null);
            if (idCol == null && fullCol == null && lastCol == null) {
                throw new MappingException(table.sourceName() + " has no employee ID or name column.");
            }
        }
        Set<Long> found = new LinkedHashSet<>();
        List<RowProblem> problems = new ArrayList<>();
        for (RawRow row : rows.subList(first, rows.size())) {
            if (row.brokenQuote()) {
                problems.add(new RowProblem(row.line(), "unclosed quote: the quoted field runs on to line " + row.endLine()));
                continue;
            }
            String id = cell(row, idCol);
            if (!id.isEmpty()) {
                Long e = byNo.get(RosterRowReader.normaliseId(id));
                if (e == null) {
                    problems.add(new RowProblem(row.line(), "no employee with ID " + id));
                } else {
                    found.add(e);
                }
                continue;
            }
            String key;
            if (fullCol != null && !cell(row, fullCol).isEmpty()) {
                PersonName n = PersonName.parse(cell(row, fullCol));
                key = nameKey(n.last(), n.first());
            } else if (lastCol != null && !cell(row, lastCol).isEmpty()) {
                key = nameKey(cell(row, lastCol), cell(row, firstCol));
            } else {
                problems.add(new RowProblem(row.line(), "missing employee ID and name"));
                continue;
            }
            List<Long> matches = byName.getOrDefault(key, List.of());
            if (matches.size() == 1) {
                found.add(matches.get(0));
            } else if (matches.isEmpty()) {
                problems.add(new RowProblem(row.line(), "no employee named " + key));
            } else {
                problems.add(new RowProblem(row.line(), matches.size() + " employees are named " + key
                        + "; write the employee ID"));
            }
        }
        return new Matches(found, rows.size() - first, problems);
    }

    private static String cell(RawRow row, Integer index) {
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    private static String nameKey(String last, String first) {
        return (last.strip() + ", " + (first == null ? "" : first.strip())).toLowerCase(Locale.ROOT);
    }
}
