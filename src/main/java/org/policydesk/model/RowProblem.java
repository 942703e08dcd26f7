package org.policydesk.model;

/**
 * A roster row that cannot be used, with the file line it starts on (1-based; for a spreadsheet, its row
 * number) and why.
 */
public record RowProblem(long line, String reason) implements Comparable<RowProblem> {

    @Override
    public int compareTo(RowProblem o) {
        return Long.compare(line, o.line);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
