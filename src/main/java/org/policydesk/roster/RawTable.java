package org.policydesk.roster;

import java.util.List;

/**
 * A roster file read as rows of text cells, before any column is interpreted.
 *
 * @param format    "CSV", "TSV", "semicolon-separated", "pipe-separated" or "XLSX"
 * @param encoding  the charset the text was read in ("UTF-8", "windows-1252"…), or null for XLSX
 * @param detected  true when the encoding was detected rather than given
 * @param separator the field separator, or null for XLSX
 * @param rows      every record, blank ones included, in file order
 */
public record RawTable(String sourceName, String format, String encoding, boolean detected, Character separator,
                       List<RawRow> rows) {
    public RawTable {
        rows = List.copyOf(rows);
    }
}
