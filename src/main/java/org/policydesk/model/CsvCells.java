package org.policydesk.model;

import java.util.regex.Pattern;

/**
 * Makes text safe to put in a CSV cell that a spreadsheet will open. A cell starting with {@code = + - @},
 * a tab or a carriage return would be run as a formula ("CSV injection"), so it gets a leading apostrophe,
 * which spreadsheets show as plain text. Plain numbers such as {@code -12.5} are left alone.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        if (risky && !NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    /** Neutralised and, when needed, quoted for RFC 4180 CSV. */
    public static String field(String cell) {
        String safe = neutralise(cell);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf(';') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
