package org.policydesk.roster;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.policydesk.model.CheckRow;
import org.policydesk.model.CsvCells;

/**
 * Writes roster-check rows as CSV that is safe to open in a spreadsheet: a cell that a spreadsheet would run
 * as a formula gets a leading apostrophe ({@link CsvCells}), so Excel and LibreOffice show it as text.
 */
public final class CheckCsv {

    public static final List<String> HEADER = List.of("Building", "Building name", "Employee ID", "Name", "Position",
            "Status", "Last acknowledged or attended", "On", "New hire", "Hire date", "Due by", "Missing");

    private CheckCsv() {
    }

    public static void write(List<CheckRow> rows, Writer out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
        csv.writeRecord(HEADER);
        for (CheckRow r : rows) {
            csv.writeRecord(safe(r.buildingCode()), safe(r.buildingName()), safe(r.employeeNo()), safe(r.name()),
                    safe(r.position()), r.status().label(), safe(r.lastDone()), date(r.lastDoneDate()),
                    r.newHire() ? "yes" : "", date(r.hireDate()), date(r.dueBy()), safe(r.missingWhat()));
        }
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cell's text, neutralised when a spreadsheet would read it as a formula ({@link CsvCells}). */
    public static String safe(String cell) {
        return CsvCells.neutralise(cell);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
