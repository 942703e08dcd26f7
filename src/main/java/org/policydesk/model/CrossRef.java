package org.policydesk.model;

import java.util.Objects;

/** One CROSS REF entry: the policy it names and, when the text gives one, that policy's title. */
public record CrossRef(PolicyNumber number, String title) {
    public CrossRef {
        Objects.requireNonNull(number);
    }
}
