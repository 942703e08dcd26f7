package org.policydesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What PolicyDesk made of a roster file's layout before reading it whole: which preset (if any) it recognised,
 * where the header row is, and for every column the field it holds with a confidence from 0 to 1.
 *
 * @param presetName  the built-in preset the header matched, "saved: NAME" for a remembered shape, or null
 * @param headerLine  the file line of the header row, or 0 when the file has none
 * @param mapping     the mapping to read the file with
 * @param columns     one entry per column of the file, mapped or not
 * @param confidence  the confidence of the weakest required field (ID and name), 0 when one is missing
 * @param shapeKey    the file's shape: its header, or for a headerless file its column pattern
 */
public record LayoutGuess(String presetName, long headerLine, ColumnMapping mapping, List<ColumnGuess> columns,
                          double confidence, String shapeKey) {

    /**
     * One column as guessed.
     *
     * @param index      0-based position
     * @param header     its header text, or null without a header
     * @param field      the field it holds, or null when it holds none PolicyDesk reads
     * @param confidence 0 to 1
     * @param secret     a password-like column: its values are never shown or stored
     * @param sample     a value from the file's first rows, "" for a secret column
     * @param reason     why, in a few words ("header \"TeacherID2\"", "nearly unique digit strings")
     */
    public record ColumnGuess(int index, String header, RosterField field, double confidence, boolean secret,
                              String sample, String reason) {
        public ColumnGuess {
            sample = secret ? "" : Objects.requireNonNullElse(sample, "");
        }

        /** "3 \"TeacherID2\" (e.g. 004211)" for messages. */
        public String describe() {
            return (index + 1) + (header == null ? "" : " \"" + header + "\"")
                    + (secret ? " (hidden)" : sample.isEmpty() ? " (empty)" : " (e.g. " + sample + ")");
        }
    }

    public LayoutGuess {
        Objects.requireNonNull(mapping);
        columns = List.copyOf(columns);
    }

    public Optional<ColumnGuess> columnFor(RosterField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    public boolean isSecret(int index) {
        return columns.stream().anyMatch(c -> c.index() == index && c.secret());
    }
}
