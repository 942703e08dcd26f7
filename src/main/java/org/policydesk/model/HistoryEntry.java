package org.policydesk.model;

import java.util.Objects;

/** One dated event from a policy's history line. */
public record HistoryEntry(HistoryKind kind, PartialDate date) {
    public HistoryEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
    }
}
