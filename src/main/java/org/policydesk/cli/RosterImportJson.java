package org.policydesk.cli;

import java.util.List;

import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterPreview;

/**
 * {@code roster import --json}: always one object. {@code ok} says whether the file could be used; {@code error}
 * says why not; {@code layout} shows what was made of the columns, with confidences, even when it failed.
 */
record RosterImportJson(boolean ok, String error, String file, String format, String encoding,
                        boolean encodingDetected, String mapping, boolean dryRun, boolean written, Layout layout,
                        Counts counts, List<Json.RowError> errors, List<String> duplicates, List<Json.RowError> notes,
                        List<String> newBuildings, List<Json.Change> changed, List<String> departed) {

    record Layout(String preset, long headerLine, double confidence, List<Column> columns) {
        static Layout of(LayoutGuess g) {
            return g == null ? null : new Layout(g.presetName(), g.headerLine(), g.confidence(), g.columns().stream()
                    .map(c -> new Column(c.index() + 1, c.header(), c.field() == null ? null : c.field().key(),
                            c.confidence(), c.secret(), c.sample(), c.reason())).toList());
        }
    }

    record Column(int column, String header, String field, double confidence, boolean secret, String sample,
                  String reason) {
    }

    record Counts(int rows, int people, int buildings, int newCount, int changed, int unchanged, int departed,
                  int duplicates, int inactive, int errors) {
    }

    static RosterImportJson of(String file, RosterPreview p, boolean dryRun, boolean written, String error) {
        return new RosterImportJson(error == null, error, file, p.format(), p.encoding(), p.encodingDetected(),
                p.mapping().name(), dryRun, written, Layout.of(p.layout()),
                new Counts(p.dataRows(), p.people(), p.buildings(), p.newStaff().size(), p.changed().size(),
                        p.unchanged(), p.departed().size(), p.duplicateCount(), p.inactive(), p.problems().size()),
                p.problems().stream().map(e -> new Json.RowError(e.line(), e.reason())).toList(),
                p.duplicates(), p.notes().stream().map(e -> new Json.RowError(e.line(), e.reason())).toList(),
                p.newBuildings(),
                p.changed().stream().map(c -> new Json.Change(c.after().employeeNo(), c.differences())).toList(),
                p.departed().stream().map(e -> e.employeeNo()).toList());
    }

    static RosterImportJson failure(String file, String error, LayoutGuess layout) {
        return new RosterImportJson(false, error, file, null, null, false, null, false, false, Layout.of(layout),
                new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
