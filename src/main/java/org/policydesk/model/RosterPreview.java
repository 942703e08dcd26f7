package org.policydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What importing a roster file would do, computed before anything is written.
 *
 * @param format           "CSV", "TSV", "semicolon-separated", "pipe-separated" or "XLSX"
 * @param encoding         the charset read ("UTF-8", "windows-1252"), or null for XLSX
 * @param encodingDetected true when the encoding was detected and should be confirmed
 * @param fullRoster       a full roster marks staff it does not list as departed
 * @param dataRows         rows read, header and blank rows not counted
 * @param departed         active staff in the store that this full roster does not list; they become inactive
 *                         with {@code importDate} as leave date
 * @param duplicates       notes on identical rows that were merged
 * @param conflictingRows  rows sharing an employee ID under different names; also in {@code problems}
 * @param problems         every row that cannot be used, by line
 * @param buildings        the distinct buildings the file's people work in, after matching names and aliases
 * @param people           the people the file lists (one per employee ID, whatever their rows), active or not
 * @param inactive         of those, the ones the file says are inactive or terminated: not active staff, and not
 *                         added when the store does not know them
 * @param notes            rows that are not people (title, totals) and people found on several rows, by line
 * @param layout           how the file's layout was recognised, with confidences
 */
public record RosterPreview(String sourceName, String format, String encoding, boolean encodingDetected,
                            ColumnMapping mapping, List<String> header, boolean fullRoster, LocalDate importDate,
                            int dataRows, List<StaffRecord> newStaff, List<StaffChange> changed, int unchanged,
                            List<Employee> departed, List<String> newBuildings, List<String> duplicates,
                            int conflictingRows, List<RowProblem> problems, int buildings, int people, int inactive,
                            List<RowProblem> notes, LayoutGuess layout) {
    public RosterPreview {
        Objects.requireNonNull(mapping);
        Objects.requireNonNull(importDate);
        header = List.copyOf(header);
        newStaff = List.copyOf(newStaff);
        changed = List.copyOf(changed);
        departed = List.copyOf(departed);
        newBuildings = List.copyOf(newBuildings);
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Rows that repeat another row cell for cell, each counted once. Rows in conflict are problems, not duplicates. */
    public int duplicateCount() {
        return duplicates.size();
    }
}
