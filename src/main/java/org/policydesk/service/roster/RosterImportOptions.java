package org.policydesk.service.roster;

import java.util.List;

import org.policydesk.model.ColumnMapping;

/**
 * How to read a roster file.
 *
 * @param mappingName a saved mapping to use, or null
 * @param mapping     a mapping to use (from the mapping screen), or null; wins over {@code mappingName}
 * @param encoding    a charset name, or null to use the mapping's or detect it
 * @param separator   a separator, or null to use the mapping's or detect it
 * @param fullRoster  true when the file lists all staff, so staff it does not list have departed
 * @param preset      a built-in preset's name to read the file with, or null to recognise or guess
 * @param header      TRUE or FALSE when the user says whether the first row names the columns; null to guess
 * @param columnMap   corrections "FIELD=COLUMN" (COLUMN a header name or 1-based number), applied last
 * @param sheet       the workbook sheet to read, or null for the first
 */
public record RosterImportOptions(String mappingName, ColumnMapping mapping, String encoding, Character separator,
                                  boolean fullRoster, String preset, Boolean header, List<String> columnMap,
                                  String sheet) {

    public RosterImportOptions {
        columnMap = columnMap == null ? List.of() : List.copyOf(columnMap);
    }

    public RosterImportOptions(String mappingName, ColumnMapping mapping, String encoding, Character separator,
                               boolean fullRoster) {
        this(mappingName, mapping, encoding, separator, fullRoster, null, null, List.of(), null);
    }

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
        return new RosterImportOptions(mappingName, mapping, encoding, separator, false, preset, header, columnMap,
                sheet);
    }

    public RosterImportOptions encoding(String charset) {
        return new RosterImportOptions(mappingName, mapping, charset, separator, fullRoster, preset, header, columnMap,
                sheet);
    }

    /** With a preset, a header choice and column corrections, as the command line gives them. */
    public RosterImportOptions layout(String presetName, Boolean hasHeader, List<String> corrections) {
        return new RosterImportOptions(mappingName, mapping, encoding, separator, fullRoster, presetName, hasHeader,
                corrections, sheet);
    }

    /** Reading the named workbook sheet, with this separator (null: detect). */
    public RosterImportOptions source(String sheetName, Character fieldSeparator) {
        return new RosterImportOptions(mappingName, mapping, encoding, fieldSeparator, fullRoster, preset, header,
                columnMap, sheetName);
    }
}
