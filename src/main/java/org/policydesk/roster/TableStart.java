package org.policydesk.roster;

import java.util.List;

/**
 * Where the table in a file starts. Finance systems (Tyler Munis among them) put a report title and a run date
 * above the header; those rows fill one or two cells where the table fills most.
 */
final class TableStart {

    private static final int LOOK_AHEAD = 10;

    private TableStart() {
    }

    /** Index (among the non-blank rows) of the first row that fills at least half as many cells as the widest. */
    static int firstWideRow(List<RawRow> nonBlankRows) {
        int widest = 0;
        for (int i = 0; i < Math.min(50, nonBlankRows.size()); i++) {
            widest = Math.max(widest, filled(nonBlankRows.get(i).cells()));
        }
        int needed = Math.max(Math.min(2, widest), (widest + 1) / 2);
        for (int i = 0; i < Math.min(LOOK_AHEAD, nonBlankRows.size()); i++) {
            if (filled(nonBlankRows.get(i).cells()) >= needed) {
                return i;
            }
        }
        return 0;
    }

    /** The number of cells up to and including the last non-blank one. */
    static int lastFilled(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }

    static int filled(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
