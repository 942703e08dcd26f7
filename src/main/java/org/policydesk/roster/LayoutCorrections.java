package org.policydesk.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.LayoutGuess.ColumnGuess;
import org.policydesk.model.RosterField;

/**
 * Applies the user's corrections to a guessed layout: "employee_id=3", "building=Site 2", "none=Username".
 * A corrected column is certain; the field it takes leaves any other column unless several columns may hold it.
 */
public final class LayoutCorrections {

    private LayoutCorrections() {
    }

    public static LayoutGuess apply(LayoutGuess guess, List<String> corrections) throws MappingException {
        List<ColumnGuess> columns = new ArrayList<>(guess.columns());
        for (String correction : corrections) {
            int eq = correction.indexOf('=');
            if (eq <= 0 || eq == correction.length() - 1) {
                throw new MappingException("\"" + correction + "\" is not FIELD=COLUMN (for example employee_id=3 or"
                        + " building=\"Site 2\").");
            }
            String fieldName = correction.substring(0, eq).strip();
            RosterField field = fieldNamed(fieldName);
            int index = columnIndex(correction.substring(eq + 1).strip(), columns);
            ColumnGuess at = columns.get(index);
            if (at.secret() && field != null) {
                throw new MappingException("Column " + at.describe() + " holds passwords; PolicyDesk never reads it.");
            }
            if (field != null && !field.repeatable()) {
                for (int i = 0; i < columns.size(); i++) {
                    ColumnGuess c = columns.get(i);
                    if (c.field() == field) {
                        columns.set(i, new ColumnGuess(c.index(), c.header(), null, 0, c.secret(), c.sample(),
                                "not read"));
                    }
                }
            }
            columns.set(index, new ColumnGuess(at.index(), at.header(), field, field == null ? 0 : 1.0, at.secret(),
                    at.sample(), field == null ? "not read (given)" : "given"));
        }
        List<ColumnMapping.Column> mapped = new ArrayList<>();
        for (ColumnGuess c : columns) {
            if (c.field() != null) {
                mapped.add(new ColumnMapping.Column(c.field(), c.index(), c.header()));
            }
        }
        ColumnMapping old = guess.mapping();
        ColumnMapping mapping = new ColumnMapping(old.name(), old.hasHeader(), old.separator(), old.encoding(), mapped);
        double confidence = columns.stream()
                .filter(c -> c.field() == RosterField.EMPLOYEE_ID || c.field() == RosterField.LAST_NAME
                        || c.field() == RosterField.FULL_NAME)
                .mapToDouble(ColumnGuess::confidence).min().orElse(0);
        return new LayoutGuess(guess.presetName(), guess.headerLine(), mapping, columns, confidence, guess.shapeKey());
    }

    /** A field by its key ("employee_id", "last-name", "Last Name"); "none" or "ignore" unmaps a column. */
    public static RosterField fieldNamed(String name) throws MappingException {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (key.equals("none") || key.equals("ignore")) {
            return null;
        }
        for (RosterField f : RosterField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw new MappingException("\"" + name + "\" is not a roster field. The fields are: "
                + String.join(", ", java.util.Arrays.stream(RosterField.values()).map(RosterField::key).toList())
                + " (and none, to leave a column unread).");
    }

    private static int columnIndex(String ref, List<ColumnGuess> columns) throws MappingException {
        String text = ref.length() > 1 && ref.startsWith("\"") && ref.endsWith("\"")
                ? ref.substring(1, ref.length() - 1) : ref;
        String key = HeaderWords.key(text);
        for (ColumnGuess c : columns) {
            if (c.header() != null && (c.header().strip().equalsIgnoreCase(text) || HeaderWords.key(c.header()).equals(key))) {
                return c.index();
            }
        }
        if (text.matches("\\d{1,4}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= columns.size()) {
                return n - 1;
            }
            throw new MappingException("There is no column " + n + ": the file has " + columns.size() + " columns.");
        }
        StringBuilder sb = new StringBuilder("There is no column named \"" + text + "\". The columns are:");
        columns.forEach(c -> sb.append("\n  ").append(c.describe()));
        throw new MappingException(sb.toString());
    }
}
