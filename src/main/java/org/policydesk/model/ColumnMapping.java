package org.policydesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which roster file column holds which field, saved under a name ("Payroll export") for next time.
 *
 * @param name      null for a mapping that has not been saved
 * @param hasHeader whether the first row names the columns
 * @param separator the field separator, or null to detect it from the file
 * @param encoding  a charset name, or null to detect it
 */
public record ColumnMapping(String name, boolean hasHeader, Character separator, String encoding,
                            List<Column> columns) {

    /**
     * @param index  0-based position in the row
     * @param header the column's header text when it was mapped, or null; a file whose header has this text
     *               elsewhere is matched by the text
     */
    public record Column(RosterField field, int index, String header) {
        public Column {
            Objects.requireNonNull(field);
            if (index < 0) {
                throw new IllegalArgumentException("column index is 0-based and not negative");
            }
        }
    }

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    public ColumnMapping named(String newName) {
        return new ColumnMapping(newName, hasHeader, separator, encoding, columns);
    }

    public List<Column> columnsFor(RosterField field) {
        return columns.stream().filter(c -> c.field() == field).toList();
    }

    public Optional<Column> columnFor(RosterField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    public boolean maps(RosterField field) {
        return columns.stream().anyMatch(c -> c.field() == field);
    }
}
