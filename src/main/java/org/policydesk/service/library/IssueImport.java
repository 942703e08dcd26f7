package org.policydesk.service.library;

import java.util.List;

import org.policydesk.model.ImportOutcome;

/**
 * What importing a PRESS update issue did: one outcome per policy file, and the files that could not be read.
 *
 * @param issue    the issue number given, or null when each file's own comments named it
 * @param warnings files imported whose own PRESSPlus comments name another issue than the one given (they keep
 *                 the issue their text states)
 */
public record IssueImport(Integer issue, List<ImportOutcome> imported, List<String> failures, List<String> warnings) {
    public IssueImport {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }
}
