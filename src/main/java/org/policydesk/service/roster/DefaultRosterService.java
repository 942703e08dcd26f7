package org.policydesk.service.roster;

import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.policydesk.model.RosterFileSample;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.roster.CheckCsv;
import org.policydesk.roster.CheckException;
import org.policydesk.roster.MappingException;
import org.policydesk.roster.MappingGuesser;
import org.policydesk.roster.ParsedRoster;
import org.policydesk.roster.RawRow;
import org.policydesk.roster.RawTable;
import org.policydesk.roster.RosterChecker;
import org.policydesk.roster.RosterDiff;
import org.policydesk.roster.RosterFileException;
import org.policydesk.roster.RosterFileReader;
import org.policydesk.roster.RosterRowReader;
import org.policydesk.store.StaffRepository;

/** Roster use cases on top of {@link StaffRepository} and {@link RosterChecker}. */
public final class DefaultRosterService implements RosterService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRosterService.class);
    private static final int SAMPLE_ROWS = 30;

    private final StaffRepository staff;
    private final RosterChecker checker;
    private final Clock clock;
    private final RosterFileReader reader = new RosterFileReader();

    public DefaultRosterService(StaffRepository staff, RosterChecker checker, Clock clock) {
        this.staff = staff;
        this.checker = checker;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public RosterFileSample sample(Path file, String encoding, Character separator) throws RosterException {
        RawTable table = read(file, encoding, separator);
        List<List<String>> first = table.rows().stream().filter(r -> !r.isBlank()).limit(SAMPLE_ROWS)
                .map(RawRow::cells).toList();
        ColumnMapping guessed = !first.isEmpty() && MappingGuesser.looksLikeHeader(first.get(0))
                ? MappingGuesser.guess(first.get(0))
                : new ColumnMapping(null, false, null, null, List.of());
        return new RosterFileSample(table.sourceName(), table.format(), table.encoding(), table.detected(),
                table.separator(), first, guessed);
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
        RawTable table = read(file, encoding, separator);
        if (mapping == null) {
            List<RawRow> rows = table.rows().stream().filter(r -> !r.isBlank()).limit(1).toList();
            if (rows.isEmpty()) {
                throw new RosterException(table.sourceName() + " holds no rows.");
            }
            if (!MappingGuesser.looksLikeHeader(rows.get(0).cells())) {
                throw new RosterException(table.sourceName() + " has no header row naming its columns. Choose a saved"
                        + " mapping, or map the columns by position.");
            }
            mapping = MappingGuesser.guess(rows.get(0).cells());
        }
        ParsedRoster parsed;
        try {
            parsed = new RosterRowReader(today()).read(table, mapping);
        } catch (MappingException e) {
            throw new RosterException(e.getMessage(), e);
        }
        Set<String> codes = new HashSet<>();
        staff.buildings().forEach(b -> codes.add(b.code()));
        return RosterDiff.preview(table, mapping, parsed, staff.employees(), codes, options.fullRoster(), today());
    }

    private RawTable read(Path file, String encoding, Character separator) throws RosterException {
        try {
            return reader.read(file, encoding, separator);
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
        LOG.info("Imported roster {}: {}", preview.sourceName(), result);
        return result;
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
