package org.policydesk.gui.staff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.ColumnMapping;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.Employee;
import org.policydesk.model.RosterField;
import org.policydesk.model.RosterFileSample;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreview;
import org.policydesk.service.roster.RosterImportOptions;
import org.policydesk.service.roster.RosterService;

/**
 * The Staff screen: choose a roster file, map its columns (guessed from the header, or a saved mapping), see
 * the preview (new, changed, unchanged, departed, duplicates, every bad row) and confirm the import.
 */
public final class StaffViewModel {

    /** One column of the file and the field it is mapped to (null: not imported). */
    public static final class ColumnChoice {
        private final int index;
        private final String header;
        private final String sample;
        private final ObjectProperty<RosterField> field = new SimpleObjectProperty<>(this, "field");
        private final String guess;

        ColumnChoice(int index, String header, String sample, RosterField field) {
            this(index, header, sample, field, "");
        }

        ColumnChoice(int index, String header, String sample, RosterField field, String guess) {
            this.index = index;
            this.header = header;
            this.sample = sample;
            this.field.set(field);
            this.guess = guess;
        }

        /** How sure the guess is and why: "92 % · header \"TeacherID2\"", or "" when nothing was guessed. */
        public String guess() {
            return guess;
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String sample() {
            return sample;
        }

        public ObjectProperty<RosterField> fieldProperty() {
            return field;
        }
    }

    private final RosterService rosters;
    private final BackgroundTasks tasks;
    private final StringProperty filePath = new SimpleStringProperty(this, "filePath", "");
    private final StringProperty saveName = new SimpleStringProperty(this, "saveName", "");
    private final BooleanProperty hasHeader = new SimpleBooleanProperty(this, "hasHeader", true);
    private final BooleanProperty fullRoster = new SimpleBooleanProperty(this, "fullRoster", false);
    private final BooleanProperty acceptValidRows = new SimpleBooleanProperty(this, "acceptValidRows", false);
    private final ObservableList<String> mappingNames = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<Employee> employees = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RosterFileSample> sample = new ReadOnlyObjectWrapper<>(this, "sample");
    private final ReadOnlyObjectWrapper<RosterPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private String encoding;
    /** "Detect", or the encoding the user says the file is in; changing it reads the file again. */
    private final javafx.beans.property.StringProperty encodingChoice =
            new javafx.beans.property.SimpleStringProperty(this, "encodingChoice", DETECT);
    public static final String DETECT = "Detect";
    /** The encoding choices offered: detection, or one of the two encodings HR exports come in. */
    public static final List<String> ENCODINGS = List.of(DETECT, "UTF-8", "windows-1252");

    public StaffViewModel(RosterService rosters, BackgroundTasks tasks) {
        this.rosters = rosters;
        this.tasks = tasks;
        filePath.addListener((o, old, p) -> clearPreview());
    }

    /** Reloads saved mappings and the staff list. */
    public void refresh() {
        tasks.runQuietly(p -> new Object[] {rosters.mappingNames(), rosters.employees()}, loaded -> {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) loaded[0];
            @SuppressWarnings("unchecked")
            List<Employee> staff = (List<Employee>) loaded[1];
            mappingNames.setAll(names);
            employees.setAll(staff);
        }, this::failed);
    }

    /** Reads the chosen file's first rows and guesses the mapping from its header. */
    public void readFile() {
        Path file = path();
        if (file == null) {
            return;
        }
        String forced = DETECT.equals(encodingChoice.get()) ? null : encodingChoice.get();
        tasks.run("Reading " + file.getFileName(), p -> rosters.sample(file, forced, null), s -> {
            sample.set(s);
            encoding = s.encoding();
            hasHeader.set(s.guessed().hasHeader());
            List<ColumnChoice> choices = new ArrayList<>();
            // The guess knows the header row (a title may stand above it) and hides password columns' values.
            for (LayoutGuess.ColumnGuess c : s.layout().columns()) {
                String header = hasHeader.get() && c.header() != null && !c.header().isBlank() ? c.header()
                        : "Column " + (c.index() + 1);
                String guess = c.field() == null ? (c.secret() ? "password: never read" : "")
                        : Math.round(c.confidence() * 100) + " % · " + c.reason();
                choices.add(new ColumnChoice(c.index(), header, c.secret() ? "(hidden)" : c.sample(), c.field(),
                        guess));
            }
            columns.setAll(choices);
            summary.set(recognised(s.layout()) + " " + s.sourceName() + ": " + s.format() + (s.encoding() == null ? "" : ", " + s.encoding()
                    + (s.encodingDetected() ? " (detected — check the accented names below; if they look wrong,"
                    + " choose the other encoding)" : " (as chosen)"))
                    + ". Check the field for each column, then Preview.");
        }, this::failed);
    }

    /** What the layout was taken for, in words: a preset, the mapping remembered for this shape, or a guess. */
    static String recognised(LayoutGuess layout) {
        String sure = Math.round(layout.confidence() * 100) + " % sure";
        if (layout.presetName() == null) {
            return "Columns guessed from the " + (layout.mapping().hasHeader() ? "header and values" : "values")
                    + " (" + sure + ").";
        }
        if (layout.presetName().startsWith("Remembered")) {
            return "A file of this shape was imported before; its columns are read the same way.";
        }
        return "Recognised as " + layout.presetName() + " (" + sure + ").";
    }

    /**
     * The question to ask before an import that would mark many people departed, naming how many; null when there
     * is nothing to ask.
     */
    public String departureQuestion() {
        RosterPreview p = preview.get();
        if (p == null || !p.fullRoster()) {
            return null;
        }
        long active = employees.stream().filter(Employee::active).count();
        int departed = p.departed().size();
        if (departed < 5 && departed * 10L < active || departed == 0) {
            return null;
        }
        return "This import would mark " + departed + (departed == 1 ? " person" : " people") + " as departed: everyone"
                + " active who is not in " + p.sourceName() + ". Import and mark them departed?";
    }

    public javafx.beans.property.StringProperty encodingChoiceProperty() {
        return encodingChoice;
    }

    /** Reads the file again in the encoding now chosen, when one has been read. */
    public void rereadInChosenEncoding() {
        if (sample.get() != null) {
            readFile();
        }
    }

    /** Applies a saved mapping to the columns read. */
    public void useMapping(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        tasks.runQuietly(p -> rosters.mapping(name).orElseThrow(() -> new IllegalStateException(
                "There is no saved mapping named \"" + name + "\".")), m -> {
            hasHeader.set(m.hasHeader());
            for (ColumnChoice c : columns) {
                c.fieldProperty().set(null);
            }
            for (ColumnMapping.Column mc : m.columns()) {
                ColumnChoice target = columns.stream()
                        .filter(c -> mc.header() != null && c.header().strip().equalsIgnoreCase(mc.header().strip()))
                        .findFirst()
                        .orElse(mc.index() < columns.size() ? columns.get(mc.index()) : null);
                if (target != null) {
                    target.fieldProperty().set(mc.field());
                }
            }
            saveName.set(name);
            clearPreview();
        }, this::failed);
    }

    /** The mapping the columns now describe. */
    public ColumnMapping currentMapping() {
        List<ColumnMapping.Column> mapped = new ArrayList<>();
        for (ColumnChoice c : columns) {
            if (c.fieldProperty().get() != null) {
                mapped.add(new ColumnMapping.Column(c.fieldProperty().get(), c.index(),
                        hasHeader.get() ? c.header() : null));
            }
        }
        String name = saveName.get() == null || saveName.get().isBlank() ? null : saveName.get().strip();
        return new ColumnMapping(name, hasHeader.get(), null, null, mapped);
    }

    public void saveMapping() {
        ColumnMapping mapping = currentMapping();
        if (mapping.name() == null) {
            tasks.showMessage("Give the mapping a name first, such as \"Payroll export\".");
            return;
        }
        tasks.run("Saving mapping " + mapping.name(), p -> {
            rosters.saveMapping(mapping);
            return rosters.mappingNames();
        }, names -> {
            mappingNames.setAll(names);
            tasks.showMessage("Saved the mapping \"" + mapping.name() + "\".");
        }, this::failed);
    }

    /** Computes what the import would do; writes nothing. */
    public void previewImport() {
        Path file = path();
        if (file == null) {
            return;
        }
        ColumnMapping mapping = currentMapping();
        RosterImportOptions options = new RosterImportOptions(null, mapping, encoding, null, fullRoster.get());
        tasks.run("Checking " + file.getFileName(), p -> rosters.preview(file, options), this::showPreview,
                this::failed);
    }

    private void showPreview(RosterPreview p) {
        preview.set(p);
        summary.set(String.format(Locale.ROOT, "%d rows: %d new, %d changed, %d unchanged, %d departed,"
                        + " %d duplicates, %d errors", p.dataRows(), p.newStaff().size(), p.changed().size(),
                p.unchanged(), p.departed().size(), p.duplicateCount(), p.problems().size())
                + String.format(Locale.ROOT, " · %d people in %d buildings, %d inactive", p.people(), p.buildings(),
                p.inactive()));
        List<String> lines = new ArrayList<>();
        p.problems().forEach(e -> lines.add("Error, " + e));
        p.duplicates().forEach(d -> lines.add("Duplicate: " + d));
        p.notes().forEach(n -> lines.add("Note, " + n));
        p.changed().forEach(c -> lines.add("Changed " + c.after().employeeNo() + " " + c.after().displayName() + ": "
                + String.join("; ", c.differences())));
        p.departed().forEach(e -> lines.add("Departed " + e.employeeNo() + " " + e.displayName()));
        p.newStaff().forEach(r -> lines.add("New " + r.employeeNo() + " " + r.displayName()));
        if (!p.newBuildings().isEmpty()) {
            lines.add("New buildings: " + String.join(", ", p.newBuildings()));
        }
        notes.setAll(lines);
    }

    /** Writes the previewed roster in one transaction. */
    public void confirmImport() {
        RosterPreview p = preview.get();
        if (p == null) {
            return;
        }
        boolean accept = acceptValidRows.get();
        tasks.run("Importing " + p.sourceName(), progress -> rosters.apply(p, accept), (RosterImportResult r) -> {
            clearPreview();
            summary.set(String.format(Locale.ROOT, "Imported %s: %d new, %d changed, %d departed%s.",
                    p.sourceName(), r.added(), r.changed(), r.departed(),
                    r.skippedRows() > 0 ? ", " + r.skippedRows() + " bad rows left out" : ""));
            tasks.showMessage(summary.get());
            refresh();
        }, this::failed);
    }

    private void clearPreview() {
        preview.set(null);
        notes.clear();
    }

    private Path path() {
        String text = filePath.get();
        if (text == null || text.isBlank()) {
            tasks.showMessage("Choose a roster file first.");
            return null;
        }
        return Path.of(text.strip());
    }

    private void failed(Throwable failure) {
        summary.set(UserMessages.oneSentence(failure));
        tasks.showFailure(failure);
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public StringProperty saveNameProperty() {
        return saveName;
    }

    public BooleanProperty hasHeaderProperty() {
        return hasHeader;
    }

    public BooleanProperty fullRosterProperty() {
        return fullRoster;
    }

    public BooleanProperty acceptValidRowsProperty() {
        return acceptValidRows;
    }

    public ObservableList<String> mappingNames() {
        return mappingNames;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ObservableList<Employee> employees() {
        return employees;
    }

    public ReadOnlyObjectProperty<RosterFileSample> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RosterPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
