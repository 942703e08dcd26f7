package org.policydesk.gui.rostercheck;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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
import org.policydesk.model.Building;
import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.TrainingType;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.roster.RosterReports;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;

/**
 * The Roster check screen: a policy (its current adopted version) or a training, an as-of date and a building;
 * the per-building numbers at a glance, the exception list with position and status filters, CSV and PDF export.
 */
public final class RosterCheckViewModel {
    public static final String ALL_BUILDINGS = "All buildings";

    private final RosterService rosters;
    private final RosterReports reports;
    private final TrainingService training;
    private final BackgroundTasks tasks;
    private final BooleanProperty byTraining = new SimpleBooleanProperty(this, "byTraining", false);
    private final StringProperty policy = new SimpleStringProperty(this, "policy", "5:125");
    private final StringProperty trainingName = new SimpleStringProperty(this, "trainingName");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf", LocalDate.now());
    private final StringProperty building = new SimpleStringProperty(this, "building", ALL_BUILDINGS);
    private final StringProperty position = new SimpleStringProperty(this, "position", "");
    private final ObjectProperty<CheckStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<String> buildings = FXCollections.observableArrayList(ALL_BUILDINGS);
    private final ObservableList<String> trainingNames = FXCollections.observableArrayList();
    private final ObservableList<BuildingTally> tallies = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> exceptions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CheckResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    public RosterCheckViewModel(RosterService rosters, TrainingService training, BackgroundTasks tasks) {
        this(rosters, training, null, tasks);
    }

    /** @param reports writes the PDF report; null where there is none (PDF export then says so) */
    public RosterCheckViewModel(RosterService rosters, TrainingService training, RosterReports reports,
                                BackgroundTasks tasks) {
        this.reports = reports;
        this.rosters = rosters;
        this.training = training;
        this.tasks = tasks;
        position.addListener((o, old, p) -> filter());
        status.addListener((o, old, s) -> filter());
    }

    /** Reloads buildings and training types for the choosers. */
    public void refresh() {
        tasks.runQuietly(p -> new Object[] {rosters.buildings(), training.types()}, loaded -> {
            @SuppressWarnings("unchecked")
            List<Building> b = (List<Building>) loaded[0];
            @SuppressWarnings("unchecked")
            List<TrainingType> t = (List<TrainingType>) loaded[1];
            String chosen = building.get();
            List<String> codes = new ArrayList<>();
            codes.add(ALL_BUILDINGS);
            b.forEach(x -> codes.add(x.code()));
            buildings.setAll(codes);
            building.set(codes.contains(chosen) ? chosen : ALL_BUILDINGS);
            trainingNames.setAll(t.stream().map(TrainingType::name).toList());
        }, failure -> tasks.showFailure(failure));
    }

    public void run() {
        CheckSubject subject;
        if (byTraining.get()) {
            if (trainingName.get() == null || trainingName.get().isBlank()) {
                tasks.showMessage("Choose a training.");
                return;
            }
            subject = new CheckSubject.Training(trainingName.get());
        } else {
            var number = PolicyNumber.tryParse(policy.get());
            if (number.isEmpty()) {
                tasks.showMessage("\"" + policy.get() + "\" is not a policy number (expected a form like 5:125).");
                return;
            }
            subject = new CheckSubject.Policy(number.get());
        }
        String code = ALL_BUILDINGS.equals(building.get()) ? null : building.get();
        CheckRequest request = new CheckRequest(subject, asOf.get() == null ? LocalDate.now() : asOf.get(), code,
                CheckRequest.DEFAULT_GRACE_DAYS);
        tasks.run("Checking " + subject.describe(), p -> rosters.check(request), r -> {
            result.set(r);
            List<BuildingTally> all = new ArrayList<>(r.tallies());
            all.add(r.total());
            tallies.setAll(all);
            BuildingTally t = r.total();
            heading.set(String.format(Locale.ROOT, "%s as of %s%s: %d staff, %d done, %d in grace period,"
                            + " %d missing, %d overdue", r.subjectLabel(), r.asOf(),
                    code == null ? "" : ", building " + code, t.staff(), t.done(), t.inGrace(), t.missing(),
                    t.overdue()));
            filter();
        }, failure -> {
            heading.set(UserMessages.oneSentence(failure));
            tasks.showFailure(failure);
        });
    }

    private void filter() {
        CheckResult r = result.get();
        if (r == null) {
            exceptions.clear();
            return;
        }
        String pos = position.get() == null ? "" : position.get().strip().toLowerCase(Locale.ROOT);
        CheckStatus s = status.get();
        exceptions.setAll(r.rows().stream()
                .filter(row -> s == null ? row.status() != CheckStatus.DONE : row.status() == s)
                .filter(row -> pos.isEmpty() || row.position() != null
                        && row.position().toLowerCase(Locale.ROOT).contains(pos))
                .toList());
    }

    /** Writes the rows shown (after filters) as spreadsheet-safe CSV; the save dialog has asked about replacing. */
    public void exportCsv(Path target) {
        List<CheckRow> rows = List.copyOf(exceptions);
        tasks.run("Exporting " + target.getFileName(), p -> {
            AtomicFileWriter.write(target, AtomicFileWriter.Overwrite.REPLACE, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                rosters.writeCsv(rows, w);
                w.flush();
            });
            return rows.size();
        }, n -> tasks.showMessage("Wrote " + org.policydesk.model.Counted.of(n, "row", "rows") + " to " + target + "."),
                failure -> tasks.showFailure(failure));
    }

    /**
     * Writes the check as a PDF for principals: the parameters and filters on its first page, then one section per
     * building with the rows shown. The save dialog has asked about replacing an existing file.
     */
    public void exportPdf(Path target) {
        CheckResult r = result.get();
        if (r == null) {
            tasks.showMessage("Run a check first, then export it.");
            return;
        }
        if (reports == null) {
            tasks.showMessage("PDF reports are not available for this store.");
            return;
        }
        List<CheckRow> rows = List.copyOf(exceptions);
        CheckStatus s = status.get();
        Set<CheckStatus> listed = s == null ? RosterReports.notDone() : EnumSet.of(s);
        List<String> parameters = RosterReports.parameters(r, position.get(), listed);
        tasks.run("Writing " + target.getFileName(), p -> reports.writePdf(r, rows, parameters, target, null,
                        AtomicFileWriter.Overwrite.REPLACE),
                w -> tasks.showMessage("Wrote " + org.policydesk.model.Counted.pages(w.pages()) + " to " + target
                        + "."),
                failure -> tasks.showFailure(failure));
    }

    public BooleanProperty byTrainingProperty() {
        return byTraining;
    }

    public StringProperty policyProperty() {
        return policy;
    }

    public StringProperty trainingNameProperty() {
        return trainingName;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty buildingProperty() {
        return building;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public ObjectProperty<CheckStatus> statusProperty() {
        return status;
    }

    public ObservableList<String> buildings() {
        return buildings;
    }

    public ObservableList<String> trainingNames() {
        return trainingNames;
    }

    public ObservableList<BuildingTally> tallies() {
        return tallies;
    }

    public ObservableList<CheckRow> exceptions() {
        return exceptions;
    }

    public ReadOnlyObjectProperty<CheckResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
