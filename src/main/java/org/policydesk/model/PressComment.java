package org.policydesk.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A PRESSPlus comment: the footnote that explains marker {@code PRESSPlus<n>} in the text.
 * Issue and month are read from its wording ("Issue 117, October 2024") and are null when absent.
 */
public record PressComment(int n, String text, Integer issue, YearMonth issued) {
    public PressComment {
        Objects.requireNonNull(text);
    }
}
