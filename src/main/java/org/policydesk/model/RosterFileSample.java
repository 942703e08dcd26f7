package org.policydesk.model;

import java.util.List;

/**
 * The first rows of a roster file and a guessed mapping, for the mapping screen.
 *
 * @param encoding   the charset read, or null for XLSX
 * @param separator  the field separator, or null for XLSX
 * @param firstRows  up to a few dozen non-blank rows as read, header included
 * @param guessed    the mapping guessed from the header (empty columns when the file has no header)
 */
public record RosterFileSample(String sourceName, String format, String encoding, boolean encodingDetected,
                               Character separator, List<List<String>> firstRows, ColumnMapping guessed) {
    public RosterFileSample {
        firstRows = firstRows.stream().map(List::copyOf).toList();
    }

    /** The number of columns of the widest sampled row. */
    public int width() {
        return firstRows.stream().mapToInt(List::size).max().orElse(0);
    }
}
