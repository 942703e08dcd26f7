package org.policydesk.roster;

import java.util.List;
import java.util.Set;

import org.policydesk.model.RowProblem;
import org.policydesk.model.StaffRecord;

/**
 * A roster file with its mapping applied.
 *
 * @param records    one per person (employee ID), from rows without problems; a person on several rows is one
 * @param duplicates notes on identical repeated rows that were merged
 * @param problems   every row that cannot be used, by line
 * @param dataRows   rows that are not blank and not the header
 * @param mentionedIds every employee ID the file names, bad rows included: none of them has departed
 * @param notes      rows that are not people (a title above the table, a totals row below it) and people
 *                   found on several rows, by line
 */
public record ParsedRoster(List<Line> records, List<String> duplicates, int conflictingRows,
                           List<RowProblem> problems, int dataRows, List<String> header, Set<String> mentionedIds,
                           List<RowProblem> notes) {

    /** A usable record and the line it came from. */
    public record Line(long line, StaffRecord record) {
    }

    public ParsedRoster {
        records = List.copyOf(records);
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
        header = List.copyOf(header);
        mentionedIds = Set.copyOf(mentionedIds);
        notes = List.copyOf(notes);
    }

    /** People the file lists as inactive or terminated. */
    public int inactive() {
        return (int) records.stream().filter(l -> !l.record().active()).count();
    }
}
