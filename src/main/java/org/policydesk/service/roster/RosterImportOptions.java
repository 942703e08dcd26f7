package org.policydesk.service.roster;

import org.policydesk.model.ColumnMapping;

/**
 * How to read a roster file.
 *
 * @param mappingName a saved mapping to use, or null
 * @param mapping     a mapping to use (from the mapping screen), or null; wins over {@code mappingName}
 * @param encoding    a charset name, or null to use the mapping's or detect it
 * @param separator   a separator, or null to use the mapping's or detect it
 * @param fullRoster  true when the file lists all staff, so staff it does not list have departed
 */
public record RosterImportOptions(String mappingName, ColumnMapping mapping, String encoding, Character separator,
                                  boolean fullRoster) {

    public static RosterImportOptions guessed() {
        return new RosterImportOptions(null, null, null, null, true);
    }

    public static RosterImportOptions withMapping(String name) {
        return new RosterImportOptions(name, null, null, null, true);
    }

    public static RosterImportOptions withMapping(ColumnMapping mapping) {
        return new RosterImportOptions(null, mapping, null, null, true);
    }

    public RosterImportOptions partial() {
        return new RosterImportOptions(mappingName, mapping, encoding, separator, false);
    }

    public RosterImportOptions encoding(String charset) {
        return new RosterImportOptions(mappingName, mapping, charset, separator, fullRoster);
    }
}
