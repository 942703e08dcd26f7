package org.policydesk.testing;

import java.util.List;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PressComment;

/** Hand-built documents, so tests do not depend on what the parser recognises. */
public final class Documents {
    private Documents() {
    }

    public static PolicyDocument document(String text, String number, String title) {
        return full(text, null, number, title, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static PolicyDocument full(String text, String statusLabel, String number, String title,
                                      List<LegalRef> legalRefs, List<CrossRef> crossRefs,
                                      List<HistoryEntry> history, List<PressComment> comments,
                                      List<ParseWarning> warnings) {
        Block whole = new Block(BlockKind.PARAGRAPH, text, 1, text, List.of(), "", 0, false);
        return new PolicyDocument(text, statusLabel, "General Personnel",
                number == null ? null : PolicyNumber.parse(number), title, List.of(whole), legalRefs, crossRefs,
                history, comments, List.of(), warnings);
    }
}
