package org.policydesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.RosterField;
import org.policydesk.model.RowProblem;
import org.policydesk.model.StaffRecord;

/** Applies a column mapping to a read table: one staff record per usable row, a reason for every other row. */
public final class RosterRowReader {

    private static final Set<String> ACTIVE_WORDS = Set.of("a", "active", "y", "yes", "1", "true", "employed",
            "current", "l", "leave", "on leave", "loa");
    private static final Set<String> INACTIVE_WORDS = Set.of("i", "inactive", "n", "no", "0", "false", "t",
            "terminated", "term", "retired", "resigned", "separated", "former", "deceased",
            // PowerSchool's Users.Status: 1 active, 2 inactive.
            "2");

    /** Words that begin a totals row under a finance report. */
    private static final Pattern SUMMARY = Pattern.compile("(?i)^\\s*(grand\\s+)?(totals?|count|record count|number of"
            + " (employees|records|staff)|employees|report total)\\b");
    /** An ID a spreadsheet turned into a number: "4211.0". */
    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("\\d+\\.0+");
    private final LocalDate today;

    public RosterRowReader(LocalDate today) {
        this.today = today;
    }

    public ParsedRoster read(RawTable table, ColumnMapping mapping) throws MappingException {
        List<RawRow> rows = table.rows().stream().filter(r -> !r.isBlank()).toList();
        List<RowProblem> notes = new ArrayList<>();
        int begin = TableStart.firstWideRow(rows);
        for (int i = 0; i < begin; i++) {
            notes.add(new RowProblem(rows.get(i).line(), "a title above the table, not a person"));
        }
        List<String> header = List.of();
        int first = begin;
        if (mapping.hasHeader() && rows.size() > begin) {
            header = rows.get(begin).cells();
            first = begin + 1;
        }
        // A spreadsheet row ends at its last filled cell, so a short row there is not missing anything.
        boolean spreadsheet = "XLSX".equals(table.format());
        int expected = mapping.hasHeader() ? header.size() : modeSize(rows.subList(begin, rows.size()));
        Map<RosterField, List<Integer>> columns = resolve(mapping, header, spreadsheet
                ? Math.max(expected, widest(rows)) : expected);
        int idColumn = columns.get(RosterField.EMPLOYEE_ID).get(0);
        int last = rows.size() - trailingSummaryRows(rows.subList(first, rows.size()), idColumn);
        for (int i = last; i < rows.size(); i++) {
            notes.add(new RowProblem(rows.get(i).line(), "a totals row below the table, not a person"));
        }

        List<RowProblem> problems = new ArrayList<>();
        Set<String> mentioned = new java.util.HashSet<>();
        Map<String, List<PersonRows.Row>> byId = new LinkedHashMap<>();
        for (int i = first; i < last; i++) {
            RawRow row = rows.get(i);
            if (idColumn < row.cells().size() && !row.cells().get(idColumn).isBlank()) {
                mentioned.add(normaliseId(row.cells().get(idColumn)));
            }
            if (row.brokenQuote()) {
                problems.add(new RowProblem(row.line(), "unclosed quote: the quoted field that opens on this line"
                        + " runs on to line " + row.endLine() + ", so lines " + row.line() + "–" + row.endLine()
                        + " cannot be read"));
                continue;
            }
            List<String> cells = row.cells();
            if (cells.size() < expected && !spreadsheet || cells.size() > expected
                    && !cells.subList(expected, cells.size()).stream().allMatch(String::isBlank)) {
                problems.add(new RowProblem(row.line(), "wrong number of fields: " + cells.size() + " instead of "
                        + expected));
                continue;
            }
            try {
                StaffRecord record = toRecord(cells, columns);
                byId.computeIfAbsent(record.employeeNo(), k -> new ArrayList<>())
                        .add(new PersonRows.Row(row.line(), cells, record));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row.line(), e.getMessage()));
            }
        }
        PersonRows people = PersonRows.merge(byId);
        problems.addAll(people.conflicts());
        notes.addAll(people.merged());
        problems.sort(null);
        notes.sort(null);
        return new ParsedRoster(people.records(), people.duplicates(), people.conflictingRows(), problems,
                last - first, header, mentioned, notes);
    }

    private static int widest(List<RawRow> rows) {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /**
     * Rows at the end that sum the table up ("Total employees: 212") rather than name a person: a word like
     * "total" or "count" in a cell, and no ID where the ID goes.
     */
    private static int trailingSummaryRows(List<RawRow> rows, int idColumn) {
        int n = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            List<String> cells = rows.get(i).cells();
            String id = idColumn < cells.size() ? cells.get(idColumn).strip() : "";
            boolean summaryWord = cells.stream().anyMatch(c -> SUMMARY.matcher(c).find());
            boolean idLike = !id.isEmpty() && !SUMMARY.matcher(id).find() && id.chars().anyMatch(Character::isDigit)
                    && id.length() <= 20 && id.chars().noneMatch(Character::isWhitespace);
            if (!summaryWord || idLike) {
                break;
            }
            n++;
        }
        return n;
    }

    private static int modeSize(List<RawRow> rows) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (RawRow r : rows) {
            if (!r.brokenQuote()) {
                counts.merge(r.cells().size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    /** Field → column positions in this file: by header text when the file has it, else by position. */
    static Map<RosterField, List<Integer>> resolve(ColumnMapping mapping, List<String> header, int width)
            throws MappingException {
        String label = mapping.name() == null ? "The column mapping" : "The mapping \"" + mapping.name() + "\"";
        if (!mapping.maps(RosterField.EMPLOYEE_ID)) {
            throw new MappingException(label + " does not say which column holds the employee ID.");
        }
        if (!mapping.maps(RosterField.FULL_NAME) && !mapping.maps(RosterField.LAST_NAME)) {
            throw new MappingException(label + " does not say which column holds the name (a \"Last, First\" column"
                    + " or a last-name column).");
        }
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            byHeader.put(MappingGuesser.normalise(header.get(i)), i);
        }
        Map<RosterField, List<Integer>> result = new EnumMap<>(RosterField.class);
        for (ColumnMapping.Column c : mapping.columns()) {
            Integer index = c.header() == null ? null : byHeader.get(MappingGuesser.normalise(c.header()));
            if (index == null) {
                if (mapping.hasHeader() && c.header() != null && !header.isEmpty()
                        && c.index() < header.size()
                        && !MappingGuesser.normalise(header.get(c.index())).equals(MappingGuesser.normalise(c.header()))
                        && !header.get(c.index()).isBlank()) {
                    throw new MappingException(label + " expects a column \"" + c.header() + "\" for "
                            + c.field().label() + ", and this file has none.");
                }
                index = c.index();
            }
            if (index >= width) {
                throw new MappingException(label + " reads " + c.field().label() + " from column " + (index + 1)
                        + ", and this file has " + width + " column" + (width == 1 ? "" : "s") + ".");
            }
            result.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(index);
        }
        return result;
    }

    private StaffRecord toRecord(List<String> cells, Map<RosterField, List<Integer>> columns) {
        String id = normaliseId(cell(cells, columns, RosterField.EMPLOYEE_ID));
        if (id.isEmpty()) {
            throw new IllegalArgumentException("missing employee ID");
        }
        if (id.length() > 40) {
            throw new IllegalArgumentException("employee ID \"" + id.substring(0, 20) + "…\" is longer than 40 characters");
        }
        String last;
        String firstName;
        String middle;
        if (columns.containsKey(RosterField.LAST_NAME)) {
            last = cell(cells, columns, RosterField.LAST_NAME);
            firstName = cell(cells, columns, RosterField.FIRST_NAME);
            middle = blankToNull(cell(cells, columns, RosterField.MIDDLE_NAME));
        } else {
            PersonName name = PersonName.parse(cell(cells, columns, RosterField.FULL_NAME));
            last = name.last();
            firstName = name.first();
            middle = columns.containsKey(RosterField.MIDDLE_NAME)
                    ? blankToNull(cell(cells, columns, RosterField.MIDDLE_NAME)) : name.middle();
        }
        if (last.isEmpty()) {
            throw new IllegalArgumentException("missing name for employee " + id);
        }
        LocalDate hire = date(cells, columns, RosterField.HIRE_DATE);
        LocalDate leave = date(cells, columns, RosterField.LEAVE_DATE);
        boolean active;
        if (columns.containsKey(RosterField.STATUS)) {
            String status = cell(cells, columns, RosterField.STATUS).toLowerCase(Locale.ROOT);
            if (status.isEmpty()) {
                active = leave == null || leave.isAfter(today);
            } else if (ACTIVE_WORDS.contains(status)) {
                active = true;
            } else if (INACTIVE_WORDS.contains(status)) {
                active = false;
            } else {
                throw new IllegalArgumentException("unreadable status \"" + status + "\" (expected Active or Inactive)");
            }
        } else {
            active = leave == null || leave.isAfter(today);
        }
        Set<String> buildings = new LinkedHashSet<>();
        for (int index : columns.getOrDefault(RosterField.BUILDING, List.of())) {
            String code = index < cells.size() ? cells.get(index).strip() : "";
            if (!code.isEmpty()) {
                buildings.add(code);
            }
        }
        return new StaffRecord(id, last, firstName, middle, blankToNull(cell(cells, columns, RosterField.POSITION)),
                blankToNull(cell(cells, columns, RosterField.EMAIL)), List.copyOf(buildings), hire, leave, active);
    }

    private LocalDate date(List<String> cells, Map<RosterField, List<Integer>> columns, RosterField field) {
        String text = cell(cells, columns, field);
        try {
            Optional<LocalDate> date = RosterDates.parse(text, today);
            return date.orElse(null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in " + field.label());
        }
    }

    private static String cell(List<String> cells, Map<RosterField, List<Integer>> columns, RosterField field) {
        List<Integer> at = columns.get(field);
        if (at == null || at.isEmpty()) {
            return "";
        }
        int index = at.get(0);
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** Trimmed; a spreadsheet's "417.0" is "417". Leading zeros stay. */
    static String normaliseId(String raw) {
        String id = raw.strip();
        // Checked for a dot first: the pattern costs more than the rest of reading a row, and most IDs have none.
        return id.indexOf('.') > 0 && SPREADSHEET_NUMBER.matcher(id).matches() ? id.substring(0, id.indexOf('.')) : id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
