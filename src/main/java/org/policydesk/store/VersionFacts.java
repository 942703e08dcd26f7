package org.policydesk.store;

import java.util.List;

import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PressComment;

/** The queryable rows stored beside a version, in the order the text gives them. */
public record VersionFacts(List<PressComment> comments, List<LegalRef> legalRefs, List<CrossRef> crossRefs,
                           List<HistoryEntry> history, List<ParseWarning> warnings) {
    public VersionFacts {
        comments = List.copyOf(comments);
        legalRefs = List.copyOf(legalRefs);
        crossRefs = List.copyOf(crossRefs);
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
    }
}
