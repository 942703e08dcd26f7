package org.policydesk.model;

/** What a confirmed roster import wrote. {@code skippedRows} is the number of bad rows left out. */
public record RosterImportResult(int added, int changed, int unchanged, int departed, int buildingsAdded,
                                 int skippedRows) {
}
