package org.policydesk.service.roster;

import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.policydesk.model.Building;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.ColumnMapping;
import org.policydesk.model.Employee;
import org.policydesk.model.RosterFileSample;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;

/** Staff rosters and roster checks, shared by the GUI and the CLI. All calls may block: never call on the FX thread. */
public interface RosterService {

    /** The first rows of a roster file and a mapping guessed from its header. */
    RosterFileSample sample(Path file, String encoding, Character separator) throws RosterException;

    /**
     * Reads a roster file and compares it with the store: new, changed, unchanged and departed staff, merged
     * duplicates, and every bad row with its line and reason. Writes nothing.
     */
    RosterPreview preview(Path file, RosterImportOptions options) throws RosterException;

    /**
     * Writes a previewed roster in one transaction. With problem rows it writes nothing and throws, unless
     * {@code acceptValidRows}: then the good rows are written and the bad ones left out.
     */
    RosterImportResult apply(RosterPreview preview, boolean acceptValidRows) throws RosterException;

    List<String> mappingNames();

    Optional<ColumnMapping> mapping(String name);

    /** Saves the mapping under its name, replacing one of the same name. */
    void saveMapping(ColumnMapping mapping);

    List<Building> buildings();

    Building saveBuilding(String code, String name);

    /** Lets a file's text for a building ("Lincoln Elem") stand for the building with this code from now on. */
    void addBuildingAlias(String alias, String buildingCode) throws RosterException;

    /** The built-in vendor layouts. */
    List<org.policydesk.model.RosterPreset> presets();

    /** Every saved alias key with its building's code. */
    java.util.Map<String, String> buildingAliases();

    /** All employees, departed ones included. */
    List<Employee> employees();

    /** Employees whose ID or name contains the text, active first. */
    List<Employee> searchEmployees(String text, int limit);

    /** Who has and has not acknowledged a policy's current adopted version, or attended a training, as of a date. */
    CheckResult check(CheckRequest request) throws RosterException;

    /** Writes rows as spreadsheet-safe CSV. */
    void writeCsv(List<CheckRow> rows, Writer out);
}
