package org.policydesk.model;

import java.util.Objects;

/**
 * A piece of inline text with one style. A {@link RunStyle#MARKER} run is a PRESSPlus reference whose
 * {@code marker} is the comment number; its text is the number as shown in superscript.
 */
public record Run(RunStyle style, String text, int marker) {
    public Run {
        Objects.requireNonNull(style);
        Objects.requireNonNull(text);
    }

    public static Run plain(String text) {
        return new Run(RunStyle.PLAIN, text, 0);
    }

    public static Run of(RunStyle style, String text) {
        return new Run(style, text, 0);
    }

    public static Run marker(int n) {
        return new Run(RunStyle.MARKER, Integer.toString(n), n);
    }
}
