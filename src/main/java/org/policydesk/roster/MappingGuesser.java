package org.policydesk.roster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.RosterField;

/** Guesses which column holds which field from the header row's names. */
public final class MappingGuesser {

    private MappingGuesser() {
    }

    /** Lower case, accents and punctuation dropped, spaces single: "E-Mail Address" → "e mail address". */
    static String normalise(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('_', ' ')
                .replaceAll("[^a-z0-9#,]+", " ")
                .strip();
        return s;
    }

    /** True when the row reads as column names rather than as a person: some cell names a field, none is a date or an e-mail. */
    public static boolean looksLikeHeader(List<String> row) {
        boolean namesAField = false;
        for (String cell : row) {
            if (cell.contains("@") || cell.strip().matches("[0-9./\\-]+")) {
                return false;
            }
            if (fieldFor(cell) != null) {
                namesAField = true;
            }
        }
        return namesAField;
    }

    /** A mapping from header names; columns whose names say nothing are left unmapped. */
    public static ColumnMapping guess(List<String> header) {
        List<ColumnMapping.Column> columns = new ArrayList<>();
        Set<RosterField> taken = EnumSet.noneOf(RosterField.class);
        for (int i = 0; i < header.size(); i++) {
            RosterField field = fieldFor(header.get(i));
            if (field != null && (field.repeatable() || taken.add(field))) {
                columns.add(new ColumnMapping.Column(field, i, header.get(i)));
            }
        }
        // Separate last/first columns win over a "name" column only when both are there.
        if (taken.contains(RosterField.LAST_NAME) && taken.contains(RosterField.FULL_NAME)) {
            columns.removeIf(c -> c.field() == RosterField.FULL_NAME);
        }
        return new ColumnMapping(null, true, null, null, columns);
    }

    static RosterField fieldFor(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return null;
        }
        for (RosterField field : RosterField.values()) {
            for (String word : field.headerWords()) {
                if (h.equals(normalise(word))) {
                    return field;
                }
            }
        }
        // Looser: "Building 3", "School Name", "Employee ID Number".
        if ((h.startsWith("building") || h.startsWith("school") || h.startsWith("location")) && !h.contains("name")) {
            return RosterField.BUILDING;
        }
        if (h.contains("hire")) {
            return RosterField.HIRE_DATE;
        }
        if (h.contains("email")) {
            return RosterField.EMAIL;
        }
        if ((h.contains("employee") || h.contains("staff")) && (h.contains("id") || h.contains("number"))) {
            return RosterField.EMPLOYEE_ID;
        }
        if (h.contains("last") && h.contains("first")) {
            return RosterField.FULL_NAME;
        }
        return null;
    }
}
