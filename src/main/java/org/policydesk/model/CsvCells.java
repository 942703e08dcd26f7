package org.policydesk.model;

/**
 * Makes text safe to put in a CSV cell that a spreadsheet will open. A cell starting with {@code = + - @}
 * (or their full-width forms, which some spreadsheets also read as formulas), a tab or a carriage return
 * would be run as a formula ("CSV injection"), so it gets a leading apostrophe, which spreadsheets show as
 * plain text. Quoting is the CSV writer's job, not this class's.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        return risky ? "'" + cell : cell;
    }
}
