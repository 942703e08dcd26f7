package org.policydesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A roster check's answer.
 *
 * @param subjectLabel what was checked, for a report heading ("5:125 Personal Technology… (adopted version 2)")
 * @param tallies      per building, by building code
 * @param total        the district: each person counted once (in their home building's state)
 * @param rows         every person in every building checked, by building then name; filter for exceptions
 */
public record CheckResult(CheckRequest request, String subjectLabel, LocalDate asOf, List<BuildingTally> tallies,
                          BuildingTally total, List<CheckRow> rows) {
    public CheckResult {
        tallies = List.copyOf(tallies);
        rows = List.copyOf(rows);
    }

    /** The people who are not done. */
    public List<CheckRow> exceptions() {
        return rows.stream().filter(r -> r.status() != CheckStatus.DONE).toList();
    }
}
