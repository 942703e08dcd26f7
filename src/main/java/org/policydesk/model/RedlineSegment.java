package org.policydesk.model;

import java.util.Objects;

/** A piece of a redline: text both versions share, text only the newer one has, or text it removed. */
public record RedlineSegment(Change change, String text) {

    public enum Change { SAME, INSERTED, DELETED }

    public RedlineSegment {
        Objects.requireNonNull(change);
        Objects.requireNonNull(text);
    }
}
