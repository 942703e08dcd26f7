package org.policydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A vendor export layout as its documentation gives it. A preset with a header is recognised by its column
 * names, in any order; a positional one (for files without a header) by its width and what its key columns hold.
 *
 * @param name       the command-line name ("genesis-level-data")
 * @param label      what the window shows ("Genesis Level Data Export (staff)")
 * @param source     where the layout is documented
 * @param positional true for a headerless file read by position
 * @param columns    in file order
 */
public record RosterPreset(String name, String label, String source, boolean positional, List<Column> columns) {

    /**
     * @param header the documented column name (also used to describe a positional column)
     * @param field  the field it holds, or null for one PolicyDesk does not read
     * @param secret a password column: never shown or stored
     */
    public record Column(String header, RosterField field, boolean secret) {
        public Column {
            Objects.requireNonNull(header);
        }
    }

    public RosterPreset {
        columns = List.copyOf(columns);
    }

    public static Column col(String header, RosterField field) {
        return new Column(header, field, false);
    }

    public static Column other(String header) {
        return new Column(header, null, false);
    }

    public static Column secret(String header) {
        return new Column(header, null, true);
    }
}
