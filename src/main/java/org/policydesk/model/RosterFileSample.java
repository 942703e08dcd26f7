package org.policydesk.model;

import java.util.List;

/**
 * The first rows of a roster file and a guessed mapping, for the mapping screen.
 *
 * @param encoding   the charset read, or null for XLSX
 * @param separator  the field separator, or null for XLSX
 * @param firstRows  up to a few dozen non-blank rows as read, header included
 * @param guessed    the mapping guessed or remembered for the file
 * @param layout     how it was recognised: preset, header line, and each column's field with a confidence
 */
public record RosterFileSample(String sourceName, String format, String encoding, boolean encodingDetected,
                               Character separator, List<List<String>> firstRows, ColumnMapping guessed,
                               LayoutGuess layout) {
    public RosterFileSample {
        firstRows = firstRows.stream().map(List::copyOf).toList();
    }

    /** The number of columns of the widest sampled row. */
    public int width() {
        return firstRows.stream().mapToInt(List::size).max().orElse(0);
    }
}
