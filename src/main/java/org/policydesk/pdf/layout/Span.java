package org.policydesk.pdf.layout;

import java.util.Objects;

/**
 * Styled text handed to the line breaker.
 *
 * @param note a footnote this span refers to (its superscript marker), or null
 */
public record Span(String text, Style style, Footnote note) {
    public Span {
        Objects.requireNonNull(text);
        Objects.requireNonNull(style);
    }

    public Span(String text, Style style) {
        this(text, style, null);
    }
}
