package org.policydesk.model;

/** An inline {@code PRESSPlusN} marker, at a character offset of the source text and a 1-based line. */
public record PressMarker(int n, int offset, int line) {
}
