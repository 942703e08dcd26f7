package org.policydesk.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRow;

/**
 * What a roster-check PDF prints: who it is for, what was checked as of when, with which filters, the
 * per-building numbers and the rows to list (the exceptions after the user's filters).
 *
 * @param training   true for a training check (the "last" column is a session attended, not a version signed)
 * @param subject    what was checked, as a heading ("5:125 Personal Technology… (adopted version 2)")
 * @param parameters the check's parameters and filters in words, one per entry ("Building: all")
 * @param tallies    one per building in the report, in print order; each gets its own section
 * @param total      the district's numbers
 * @param rows       the rows to list, each under its building's section
 */
public record RosterReport(String districtName, boolean training, String subject, LocalDate asOf, List<String> parameters,
                           List<BuildingTally> tallies, BuildingTally total, List<CheckRow> rows) {
    public RosterReport {
        Objects.requireNonNull(districtName);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(asOf);
        parameters = List.copyOf(parameters);
        tallies = List.copyOf(tallies);
        rows = List.copyOf(rows);
    }
}
