package org.policydesk.gui.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.RowProblem;
import org.policydesk.model.SignInResult;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;

/**
 * The Training screen: training types (with how often they are due), the sessions held of the chosen type, and
 * the attendance of the chosen session, ticked on a checklist searchable by name or ID, or read from a sign-in
 * sheet. Every store call runs through {@link BackgroundTasks}.
 */
public final class TrainingViewModel {

    /** The building choice for a session open to the whole district. */
    public static final String DISTRICT_WIDE = "District-wide";

    private final TrainingService training;
    private final RosterService rosters;
    private final BackgroundTasks tasks;

    private final ObservableList<TrainingType> types = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingType> selectedType = new SimpleObjectProperty<>(this, "selectedType");
    private final StringProperty newTypeName = new SimpleStringProperty(this, "newTypeName", "");
    private final ObjectProperty<Recurrence> newRecurrence =
            new SimpleObjectProperty<>(this, "newRecurrence", Recurrence.SCHOOL_YEAR);
    private final StringProperty newRecurrenceValue = new SimpleStringProperty(this, "newRecurrenceValue", "");
    private final StringProperty newGraceDays = new SimpleStringProperty(this, "newGraceDays", "30");
    private final StringProperty newTypePolicies = new SimpleStringProperty(this, "newTypePolicies", "");
    /** The chosen type's policies as typed in its editor ("5:125, 6:235"). */
    private final StringProperty typePolicies = new SimpleStringProperty(this, "typePolicies", "");

    private final ObservableList<TrainingSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingSession> selectedSession = new SimpleObjectProperty<>(this, "selectedSession");
    private final ObjectProperty<LocalDate> sessionDate = new SimpleObjectProperty<>(this, "sessionDate", LocalDate.now());
    private final StringProperty sessionBuilding = new SimpleStringProperty(this, "sessionBuilding", DISTRICT_WIDE);
    private final StringProperty presenter = new SimpleStringProperty(this, "presenter", "");
    private final StringProperty sessionPolicies = new SimpleStringProperty(this, "sessionPolicies", "");
    private final ObservableList<String> buildings = FXCollections.observableArrayList(DISTRICT_WIDE);

    private final AttendanceChecklist checklist = new AttendanceChecklist();
    private final ObservableList<String> signInProblems = FXCollections.observableArrayList();

    public TrainingViewModel(TrainingService training, RosterService rosters, BackgroundTasks tasks) {
        this.training = training;
        this.rosters = rosters;
        this.tasks = tasks;
        selectedType.addListener((o, old, t) -> {
            // A new session starts with the policies its training covers; the user may change them.
            typePolicies.set(t == null ? "" : t.describePolicies());
            sessionPolicies.set(t == null ? "" : t.describePolicies());
            loadSessions(null);
        });
        selectedSession.addListener((o, old, s) -> {
            if (old == null || s == null || old.id() != s.id()) {
                signInProblems.clear();
            }
            loadAttendance();
        });
    }

    /** Reloads the types and the buildings. */
    public void refresh() {
        tasks.runQuietly(p -> new Object[] {training.types(), rosters.buildings()}, loaded -> {
            @SuppressWarnings("unchecked")
            List<TrainingType> t = (List<TrainingType>) loaded[0];
            @SuppressWarnings("unchecked")
            List<org.policydesk.model.Building> b = (List<org.policydesk.model.Building>) loaded[1];
            String chosen = selectedType.get() == null ? null : selectedType.get().name();
            types.setAll(t);
            List<String> codes = new ArrayList<>();
            codes.add(DISTRICT_WIDE);
            b.forEach(x -> codes.add(x.code()));
            buildings.setAll(codes);
            selectedType.set(t.stream().filter(x -> x.name().equals(chosen)).findFirst()
                    .orElse(t.isEmpty() ? null : t.get(0)));
        }, failure -> tasks.showFailure(failure));
    }

    /** Adds the type in the form (or updates the one of that name). */
    public void createType() {
        String name = newTypeName.get() == null ? "" : newTypeName.get().strip();
        if (name.isEmpty()) {
            tasks.showMessage("Type a name for the training.");
            return;
        }
        Recurrence recurrence = newRecurrence.get();
        Integer n = null;
        if (recurrence != Recurrence.SCHOOL_YEAR) {
            n = positive(newRecurrenceValue.get());
            if (n == null) {
                tasks.showMessage("Type how many " + (recurrence == Recurrence.AT_HIRE ? "days after hire" : "years")
                        + " as a whole number.");
                return;
            }
        }
        Integer grace = newGraceDays.get() == null || newGraceDays.get().isBlank() ? Integer.valueOf(0)
                : positiveOrZero(newGraceDays.get());
        if (grace == null) {
            tasks.showMessage("Type the new-hire grace period in days as a whole number.");
            return;
        }
        Optional<List<PolicyNumber>> covered = policyNumbers(newTypePolicies.get());
        if (covered.isEmpty()) {
            return;
        }
        // Left empty, the form keeps the policies of a type saved again under its name (a new type covers none).
        List<PolicyNumber> policies = covered.get().isEmpty() ? null : covered.get();
        Integer value = n;
        tasks.run("Saving training " + name, p -> training.saveType(name, recurrence, value, grace, policies),
                saved -> {
                    newTypeName.set("");
                    newRecurrenceValue.set("");
                    newTypePolicies.set("");
                    tasks.showMessage("Saved " + saved.name() + ": " + saved.describeRecurrence() + ".");
                    showSaved(saved);
                }, failure -> tasks.showFailure(failure));
    }

    /** Saves the policies typed for the chosen type; sessions already recorded keep what they covered. */
    public void saveTypePolicies() {
        TrainingType type = selectedType.get();
        if (type == null) {
            tasks.showMessage("Choose a training type first.");
            return;
        }
        Optional<List<PolicyNumber>> covered = policyNumbers(typePolicies.get());
        if (covered.isEmpty()) {
            return;
        }
        tasks.run("Saving the policies of " + type.name(), p -> training.saveType(type.name(), type.recurrence(),
                type.recurrenceValue(), type.newHireGraceDays(), covered.get()), saved -> {
                    tasks.showMessage(saved.policies().isEmpty() ? saved.name() + " now covers no policies."
                            : saved.name() + " now covers " + saved.describePolicies() + ".");
                    showSaved(saved);
                }, failure -> tasks.showFailure(failure));
    }

    private void showSaved(TrainingType saved) {
        types.removeIf(t -> t.name().equals(saved.name()));
        types.add(saved);
        types.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        selectedType.set(saved);
    }

    /** The policy numbers in {@code text} (separated by commas or spaces), or empty after telling the user. */
    private Optional<List<PolicyNumber>> policyNumbers(String text) {
        List<PolicyNumber> policies = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            var number = PolicyNumber.tryParse(part.strip());
            if (number.isEmpty()) {
                tasks.showMessage("\"" + part.strip() + "\" is not a policy number (expected a form like 5:125).");
                return Optional.empty();
            }
            policies.add(number.get());
        }
        return Optional.of(policies);
    }

    private void loadSessions(Long select) {
        TrainingType type = selectedType.get();
        if (type == null) {
            sessions.clear();
            selectedSession.set(null);
            return;
        }
        tasks.runQuietly(p -> training.sessions(type.name()), list -> {
            sessions.setAll(list);
            selectedSession.set(list.stream().filter(s -> select != null && s.id() == select).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, failure -> tasks.showFailure(failure));
    }

    /** Records the session in the form for the chosen type, and selects it. */
    public void createSession() {
        TrainingType type = selectedType.get();
        if (type == null) {
            tasks.showMessage("Choose or add a training type first.");
            return;
        }
        LocalDate date = sessionDate.get();
        if (date == null) {
            tasks.showMessage("Choose the date the session was held.");
            return;
        }
        Optional<List<PolicyNumber>> covered = policyNumbers(sessionPolicies.get());
        if (covered.isEmpty()) {
            return;
        }
        List<PolicyNumber> policies = covered.get();
        String building = DISTRICT_WIDE.equals(sessionBuilding.get()) ? null : sessionBuilding.get();
        String who = presenter.get() == null || presenter.get().isBlank() ? null : presenter.get().strip();
        tasks.run("Recording the " + type.name() + " session",
                p -> training.addSession(type.name(), date, building, who, policies), s -> {
                    presenter.set("");
                    sessionPolicies.set(type.describePolicies());
                    tasks.showMessage("Recorded the " + s.trainingTypeName() + " session of " + s.heldOn()
                            + "; tick who attended.");
                    loadSessions(s.id());
                }, failure -> tasks.showFailure(failure));
    }

    private void loadAttendance() {
        TrainingSession session = selectedSession.get();
        if (session == null) {
            checklist.clear();
            return;
        }
        tasks.runQuietly(p -> new Object[] {rosters.employees(), training.attendees(session.id())}, loaded -> {
            @SuppressWarnings("unchecked")
            List<Employee> all = (List<Employee>) loaded[0];
            @SuppressWarnings("unchecked")
            List<Employee> present = (List<Employee>) loaded[1];
            checklist.show(all, present);
        }, failure -> tasks.showFailure(failure));
    }

    /** Saves the ticks: newly ticked people are marked present, unticked ones who were present are unmarked. */
    public void saveAttendance() {
        TrainingSession session = selectedSession.get();
        if (session == null) {
            tasks.showMessage("Choose a session first.");
            return;
        }
        List<String> add = checklist.newlyTicked();
        List<String> remove = checklist.newlyUnticked();
        if (add.isEmpty() && remove.isEmpty()) {
            tasks.showMessage("Nothing changed in the attendance.");
            return;
        }
        tasks.run("Saving attendance", p -> {
            int marked = add.isEmpty() ? 0 : training.markAttendance(session.id(), add);
            for (String no : remove) {
                training.unmarkAttendance(session.id(), no);
            }
            return marked;
        }, marked -> {
            tasks.showMessage("Attendance saved: " + marked + " marked present" + (remove.isEmpty() ? ""
                    : ", " + remove.size() + " removed") + ".");
            loadAttendance();
            refreshSessionCounts(session.id());
        }, failure -> tasks.showFailure(failure));
    }

    /**
     * Reads a sign-in sheet for the chosen session. Lines naming nobody known are listed; the people it does name
     * are marked, so a sheet with a few unreadable lines still counts those it can read.
     */
    public void importSignIn(Path file) {
        TrainingSession session = selectedSession.get();
        if (session == null) {
            tasks.showMessage("Choose a session first.");
            return;
        }
        tasks.run("Reading " + file.getFileName(), p -> training.importSignIn(session.id(), file, false, true), r -> {
            signInProblems.setAll(r.problems().stream().map(RowProblem::toString).toList());
            tasks.showMessage(describe(file, r));
            loadAttendance();
            refreshSessionCounts(session.id());
        }, failure -> tasks.showFailure(failure));
    }

    static String describe(Path file, SignInResult r) {
        return file.getFileName() + ": " + r.rows() + (r.rows() == 1 ? " row, " : " rows, ") + r.matched()
                + " matched (" + r.alreadyPresent() + " already present), " + r.recorded() + " newly marked, "
                + r.problems().size() + " not matched.";
    }

    private void refreshSessionCounts(long keep) {
        loadSessions(keep);
    }

    private static Integer positive(String text) {
        Integer n = positiveOrZero(text);
        return n == null || n == 0 ? null : n;
    }

    private static Integer positiveOrZero(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ObservableList<TrainingType> types() {
        return types;
    }

    public ObjectProperty<TrainingType> selectedTypeProperty() {
        return selectedType;
    }

    public StringProperty newTypeNameProperty() {
        return newTypeName;
    }

    public ObjectProperty<Recurrence> newRecurrenceProperty() {
        return newRecurrence;
    }

    public StringProperty newRecurrenceValueProperty() {
        return newRecurrenceValue;
    }

    public StringProperty newGraceDaysProperty() {
        return newGraceDays;
    }

    public ObservableList<TrainingSession> sessions() {
        return sessions;
    }

    public ObjectProperty<TrainingSession> selectedSessionProperty() {
        return selectedSession;
    }

    public ObjectProperty<LocalDate> sessionDateProperty() {
        return sessionDate;
    }

    public StringProperty sessionBuildingProperty() {
        return sessionBuilding;
    }

    public StringProperty presenterProperty() {
        return presenter;
    }

    public StringProperty newTypePoliciesProperty() {
        return newTypePolicies;
    }

    public StringProperty typePoliciesProperty() {
        return typePolicies;
    }

    public StringProperty sessionPoliciesProperty() {
        return sessionPolicies;
    }

    public ObservableList<String> buildings() {
        return buildings;
    }

    public ObservableList<Attendee> attendees() {
        return checklist.shown();
    }

    public StringProperty attendeeFilterProperty() {
        return checklist.filterProperty();
    }

    public ReadOnlyStringProperty attendanceSummaryProperty() {
        return checklist.summaryProperty();
    }

    public ObservableList<String> signInProblems() {
        return signInProblems;
    }
}
