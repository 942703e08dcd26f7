package org.policydesk.service.roster;

import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.Building;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.ColumnMapping;
import org.policydesk.model.Employee;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterFileSample;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.roster.BuildingDirectory;
import org.policydesk.roster.CheckCsv;
import org.policydesk.roster.CheckException;
import org.policydesk.roster.MappingException;
import org.policydesk.roster.LayoutCorrections;
import org.policydesk.roster.LayoutGuesser;
import org.policydesk.roster.ParsedRoster;
import org.policydesk.roster.RawRow;
import org.policydesk.roster.RawTable;
import org.policydesk.roster.RosterChecker;
import org.policydesk.roster.RosterDiff;
import org.policydesk.roster.RosterFileException;
import org.policydesk.roster.RosterFileReader;
import org.policydesk.model.RosterPreset;
import org.policydesk.roster.RosterPresets;
import org.policydesk.roster.RosterRowReader;
import org.policydesk.store.RosterMemory;
import org.policydesk.store.StaffRepository;

/** Roster use cases on top of {@link StaffRepository} and {@link RosterChecker}. */
public final class DefaultRosterService implements RosterService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRosterService.class);
    private static final int SAMPLE_ROWS = 30;

    private final StaffRepository staff;
    private final RosterMemory memory;
    private final RosterChecker checker;
    private final Clock clock;
    private final RosterFileReader reader = new RosterFileReader();

    public DefaultRosterService(StaffRepository staff, RosterChecker checker, Clock clock) {
        this.staff = staff;
        this.memory = staff.memory();
        this.checker = checker;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public RosterFileSample sample(Path file, String encoding, Character separator) throws RosterException {
        RawTable table = read(file, encoding, separator, LayoutGuesser.SAMPLE_ROWS, null);
        LayoutGuess layout = recognise(table, RosterImportOptions.guessed());
        List<List<String>> first = table.rows().stream().filter(r -> !r.isBlank()).limit(SAMPLE_ROWS)
                .map(r -> r.line() == layout.headerLine() ? r.cells() : hideSecrets(r.cells(), layout)).toList();
        return new RosterFileSample(table.sourceName(), table.format(), table.encoding(), table.detected(),
                table.separator(), first, layout.mapping(), layout);
    }

    /** Password columns are blanked (their header kept) before anything is shown: never shown, never stored. */
    private static List<String> hideSecrets(List<String> cells, LayoutGuess layout) {
        List<String> out = new ArrayList<>(cells);
        for (int i = 0; i < out.size(); i++) {
            if (layout.isSecret(i)) {
                out.set(i, "");
            }
        }
        return out;
    }

    @Override
    public RosterPreview preview(Path file, RosterImportOptions options) throws RosterException {
        ColumnMapping mapping = options.mapping();
        if (mapping == null && options.mappingName() != null) {
            mapping = staff.mapping(options.mappingName()).orElseThrow(() -> new RosterException(
                    "There is no saved mapping named \"" + options.mappingName() + "\". Saved mappings: "
                            + (staff.mappingNames().isEmpty() ? "none" : String.join(", ", staff.mappingNames()))
                            + "."));
        }
        String encoding = options.encoding() != null ? options.encoding() : mapping == null ? null : mapping.encoding();
        Character separator = options.separator() != null ? options.separator()
                : mapping == null ? null : mapping.separator();
        RawTable table = read(file, encoding, separator, Integer.MAX_VALUE, options.sheet());
        if (table.rows().stream().allMatch(RawRow::isBlank)) {
            throw new RosterException(table.sourceName() + " holds no rows.");
        }
        LayoutGuess layout = mapping != null
                ? guesser().given(table.rows().subList(0, Math.min(table.rows().size(), LayoutGuesser.SAMPLE_ROWS)),
                        mapping, mapping.name())
                : recognise(table, options);
        Optional<String> missing = LayoutGuesser.missingFields(layout, table.sourceName());
        if (missing.isPresent()) {
            throw new RosterException(missing.get(), null, layout);
        }
        ParsedRoster parsed;
        try {
            parsed = new RosterRowReader(today()).read(table, layout.mapping());
        } catch (MappingException e) {
            throw new RosterException(e.getMessage(), e, layout);
        }
        Set<String> codes = new HashSet<>();
        List<Building> buildings = staff.buildings();
        buildings.forEach(b -> codes.add(b.code()));
        BuildingDirectory directory = new BuildingDirectory(buildings, memory.aliases());
        return RosterDiff.preview(table, layout, parsed, staff.employees(), directory, codes, options.fullRoster(),
                today());
    }

    /**
     * The layout from a sample of the table: the preset the user named, else the mapping remembered for a file of
     * this shape, else a guess; then the user's corrections.
     */
    private LayoutGuess recognise(RawTable table, RosterImportOptions options) throws RosterException {
        List<RawRow> sample = table.rows().subList(0, Math.min(table.rows().size(), LayoutGuesser.SAMPLE_ROWS));
        RosterPreset preset = null;
        if (options.preset() != null) {
            preset = RosterPresets.named(options.preset()).orElseThrow(() -> new RosterException("There is no preset"
                    + " named \"" + options.preset() + "\". The presets are: " + String.join(", ",
                    RosterPresets.all().stream().map(RosterPreset::name).toList()) + "."));
        }
        LayoutGuess layout = guesser().guess(sample, options.header(), preset);
        if (preset == null && options.header() == null) {
            Optional<ColumnMapping> remembered = memory.mappingForShape(layout.shapeKey());
            if (remembered.isPresent()) {
                layout = guesser().given(sample, remembered.get(), remembered.get().name());
            }
        }
        try {
            return options.columnMap().isEmpty() ? layout : LayoutCorrections.apply(layout, options.columnMap());
        } catch (MappingException e) {
            throw new RosterException(table.sourceName() + ": " + e.getMessage(), e, layout);
        }
    }

    private LayoutGuesser guesser() {
        return new LayoutGuesser(today());
    }

    private RawTable read(Path file, String encoding, Character separator, int maxRows, String sheet)
            throws RosterException {
        try {
            return reader.read(file, encoding, separator, maxRows, sheet);
        } catch (RosterFileException e) {
            LOG.info("Cannot read roster file {}", file, e);
            throw new RosterException(e.getMessage(), e);
        }
    }

    @Override
    public RosterImportResult apply(RosterPreview preview, boolean acceptValidRows) throws RosterException {
        if (preview.hasProblems() && !acceptValidRows) {
            int n = preview.problems().size();
            throw new RosterException(preview.sourceName() + " has " + n + (n == 1 ? " bad row" : " bad rows")
                    + " (first: " + preview.problems().get(0) + "); nothing was written. Fix the file, or accept"
                    + " the valid rows.");
        }
        RosterImportResult result = staff.applyRoster(preview);
        rememberShape(preview);
        LOG.info("Imported roster {}: {}", preview.sourceName(), result);
        return result;
    }

    /** After a good import, the next file of the same shape is read the same way without asking. */
    private void rememberShape(RosterPreview preview) {
        LayoutGuess layout = preview.layout();
        if (layout == null || layout.shapeKey().isEmpty()) {
            return;
        }
        String name = preview.mapping().name() != null ? preview.mapping().name()
                : "Remembered: " + (layout.presetName() != null ? layout.presetName() : "guessed layout") + " ("
                        + layout.shapeKey().substring(0, 8) + ")";
        memory.rememberShape(preview.mapping().named(name), layout.shapeKey());
    }

    @Override
    public void addBuildingAlias(String alias, String buildingCode) throws RosterException {
        if (staff.building(buildingCode).isEmpty()) {
            throw new RosterException("There is no building with code \"" + buildingCode + "\".");
        }
        memory.saveAlias(alias, buildingCode);
    }

    @Override
    public List<RosterPreset> presets() {
        return RosterPresets.all();
    }

    @Override
    public Map<String, String> buildingAliases() {
        return memory.aliases();
    }

    @Override
    public List<String> mappingNames() {
        return staff.mappingNames();
    }

    @Override
    public Optional<ColumnMapping> mapping(String name) {
        return staff.mapping(name);
    }

    @Override
    public void saveMapping(ColumnMapping mapping) {
        staff.saveMapping(mapping);
    }

    @Override
    public List<Building> buildings() {
        return staff.buildings();
    }

    @Override
    public Building saveBuilding(String code, String name) {
        return staff.saveBuilding(code, name);
    }

    @Override
    public List<Employee> employees() {
        return staff.employees();
    }

    @Override
    public List<Employee> searchEmployees(String text, int limit) {
        return staff.search(text, limit);
    }

    @Override
    public CheckResult check(CheckRequest request) throws RosterException {
        if (request.buildingCode() != null && staff.building(request.buildingCode()).isEmpty()) {
            throw new RosterException("There is no building with code \"" + request.buildingCode() + "\".");
        }
        try {
            return checker.check(request);
        } catch (CheckException e) {
            throw new RosterException(e.getMessage(), e);
        }
    }

    @Override
    public void writeCsv(List<CheckRow> rows, Writer out) {
        CheckCsv.write(rows, out);
    }
}
