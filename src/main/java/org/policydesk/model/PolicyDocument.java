package org.policydesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy text and the structure recognised in it. The source text is the truth: the blocks partition
 * it exactly, and every other field is derived from it.
 */
public record PolicyDocument(
        String sourceText,
        String statusLabel,
        String section,
        PolicyNumber number,
        String title,
        List<Block> blocks,
        List<LegalRef> legalRefs,
        List<CrossRef> crossRefs,
        List<HistoryEntry> history,
        List<PressComment> comments,
        List<PressMarker> markers,
        List<ParseWarning> warnings) {

    public PolicyDocument {
        Objects.requireNonNull(sourceText);
        blocks = List.copyOf(blocks);
        legalRefs = List.copyOf(legalRefs);
        crossRefs = List.copyOf(crossRefs);
        history = List.copyOf(history);
        comments = List.copyOf(comments);
        markers = List.copyOf(markers);
        warnings = List.copyOf(warnings);
    }

    /** The same text and structure with other warnings. */
    public PolicyDocument withWarnings(List<ParseWarning> newWarnings) {
        return new PolicyDocument(sourceText, statusLabel, section, number, title, blocks, legalRefs, crossRefs,
                history, comments, markers, newWarnings);
    }

    /** The same text and structure under another number, title and section (as a person confirmed them). */
    public PolicyDocument withHead(PolicyNumber newNumber, String newTitle, String newSection) {
        return new PolicyDocument(sourceText, statusLabel, newSection, newNumber, newTitle, blocks, legalRefs,
                crossRefs, history, comments, markers, warnings);
    }

    public Optional<PolicyNumber> policyNumber() {
        return Optional.ofNullable(number);
    }

    /** The PRESS issue this text belongs to: the newest issue named by its comments. */
    public Optional<Integer> pressIssue() {
        return comments.stream().map(PressComment::issue).filter(Objects::nonNull).max(Integer::compare);
    }

    /** The latest adoption or amendment date in the history line. */
    public Optional<HistoryEntry> lastAdoption() {
        return history.stream()
                .filter(h -> h.kind() == HistoryKind.ADOPTED || h.kind() == HistoryKind.AMENDED)
                .max((a, b) -> a.date().compareTo(b.date()));
    }

    public Optional<PressComment> comment(int n) {
        return comments.stream().filter(c -> c.n() == n).findFirst();
    }
}
