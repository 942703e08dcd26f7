package org.policydesk.pdf.layout;

/**
 * A row that may be cut between its lines when it is taller than a page (a table row with a long comment
 * summary), so it never runs past the foot of the page.
 */
public interface SplittableRow extends Row {

    /**
     * Cuts the row so its first part is at most {@code height} tall.
     *
     * @return the first part and the rest, or null when not even one line fits in {@code height}
     */
    Row[] split(float height);
}
