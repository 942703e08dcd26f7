package org.policydesk.roster;

import java.util.List;

/**
 * One record of a roster file as the file gives it.
 *
 * @param line        1-based line (spreadsheet row) the record starts on
 * @param endLine     the line it ends on; more than {@code line} when a quoted field spans lines
 * @param cells       the fields, unquoted
 * @param brokenQuote a quoted field ran over line ends and swallowed what look like further rows
 */
public record RawRow(long line, long endLine, List<String> cells, boolean brokenQuote) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.isBlank());
    }
}
