package org.policydesk.model;

import java.util.Objects;

/** One LEGAL REF entry, with link markup unwrapped ("105 ILCS 5/21-23 and 5/21-23a."). */
public record LegalRef(String text) {
    public LegalRef {
        Objects.requireNonNull(text);
    }
}
