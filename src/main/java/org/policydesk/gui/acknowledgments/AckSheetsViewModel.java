package org.policydesk.gui.acknowledgments;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

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
import javafx.collections.transformation.FilteredList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.ServiceProgress;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.Building;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetScope;
import org.policydesk.model.TrainingSession;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.acknowledgment.SheetRequest;
import org.policydesk.service.common.PdfSigningService;
import org.policydesk.service.common.SigningKey;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;

/**
 * Making sheets: policy (from the place), who (building, training session or a hand-picked checklist), layout,
 * the statement (saved with the policy when it was edited), optional signature, then the file.
 */
public final class AckSheetsViewModel {

    private final AcknowledgmentService acks;
    private final PdfSigningService signing;
    private final RosterService rosters;
    private final TrainingService training;
    private final BackgroundTasks tasks;
    private final ObjectProperty<PolicyNumber> policy = new SimpleObjectProperty<>(this, "policy");
    private final ObjectProperty<SheetScope> scope = new SimpleObjectProperty<>(this, "scope", SheetScope.BUILDING);
    private final ObjectProperty<SheetLayout> layout = new SimpleObjectProperty<>(this, "layout", SheetLayout.SHEET);
    private final ObservableList<Building> buildings = FXCollections.observableArrayList();
    private final ObjectProperty<Building> building = new SimpleObjectProperty<>(this, "building");
    private final ObservableList<TrainingSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObservableList<StaffPick> staff = FXCollections.observableArrayList();
    private final FilteredList<StaffPick> shownStaff = new FilteredList<>(staff);
    private final StringProperty staffFilter = new SimpleStringProperty(this, "staffFilter", "");
    private final StringProperty statement = new SimpleStringProperty(this, "statement", "");
    private final BooleanProperty sign = new SimpleBooleanProperty(this, "sign", false);
    private final BooleanProperty visibleSignature = new SimpleBooleanProperty(this, "visibleSignature", true);
    private final BooleanProperty hasCertificate = new SimpleBooleanProperty(this, "hasCertificate", false);
    private final BooleanProperty writing = new SimpleBooleanProperty(this, "writing", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<AcknowledgmentService.Written> written =
            new ReadOnlyObjectWrapper<>(this, "written");
    /** The statement as loaded, to save it only when the user changed it. */
    private String loadedStatement = "";

    public AckSheetsViewModel(AcknowledgmentService acks, PdfSigningService signing, RosterService rosters,
                              TrainingService training, BackgroundTasks tasks) {
        this.acks = acks;
        this.signing = signing;
        this.rosters = rosters;
        this.training = training;
        this.tasks = tasks;
        policy.addListener((o, old, now) -> loadStatement());
        staffFilter.addListener((o, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shownStaff.setPredicate(p -> needle.isEmpty() || p.label().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    private record Choices(List<Building> buildings, List<TrainingSession> sessions, List<Employee> staff,
                           boolean certificate) {
    }

    /** Reloads buildings, sessions, staff and whether a district certificate exists. */
    public void refresh() {
        tasks.runQuietly(p -> new Choices(rosters.buildings(), training.sessions(null),
                rosters.employees().stream().filter(Employee::active).toList(),
                signing != null && signing.districtCertificate().isPresent()), c -> {
            buildings.setAll(c.buildings());
            if (building.get() == null || !c.buildings().contains(building.get())) {
                building.set(c.buildings().isEmpty() ? null : c.buildings().get(0));
            }
            sessions.setAll(c.sessions());
            if (session.get() == null || !c.sessions().contains(session.get())) {
                session.set(c.sessions().isEmpty() ? null : c.sessions().get(0));
            }
            java.util.Set<String> ticked = new java.util.HashSet<>(pickedNos());
            staff.setAll(c.staff().stream().map(e -> StaffPick.of(e, ticked.contains(e.employeeNo()))).toList());
            hasCertificate.set(c.certificate());
            if (!c.certificate()) {
                sign.set(false);
            }
        }, this::failed);
    }

    private void loadStatement() {
        PolicyNumber number = policy.get();
        if (number == null) {
            setLoaded("");
            return;
        }
        tasks.runQuietly(p -> acks.statement(number), text -> {
            if (number.equals(policy.get())) {
                setLoaded(text);
            }
        }, this::failed);
    }

    private void setLoaded(String text) {
        loadedStatement = text;
        statement.set(text);
    }

    /** Puts the default wording back in the box (saved with the next sheets written). */
    public void resetStatement() {
        PolicyNumber number = policy.get();
        if (number != null) {
            tasks.runQuietly(p -> acks.defaultStatement(number), statement::set, this::failed);
        }
    }

    /** The request for the choices made, or empty with the reason in the message. */
    Optional<SheetRequest> request() {
        PolicyNumber number = policy.get();
        if (number == null) {
            message.set("Choose a policy with an adopted version first.");
            return Optional.empty();
        }
        SheetRequest r;
        switch (scope.get()) {
            case BUILDING -> {
                if (building.get() == null) {
                    message.set("Choose a building (import a roster on the Staff place first).");
                    return Optional.empty();
                }
                r = SheetRequest.building(number, building.get().code());
            }
            case SESSION -> {
                if (session.get() == null) {
                    message.set("Choose a training session.");
                    return Optional.empty();
                }
                r = SheetRequest.session(number, session.get().id());
            }
            default -> {
                List<String> picked = pickedNos();
                if (picked.isEmpty()) {
                    message.set("Tick the staff to list on the sheet.");
                    return Optional.empty();
                }
                r = SheetRequest.list(number, picked);
            }
        }
        return Optional.of(r.withLayout(layout.get()));
    }

    private List<String> pickedNos() {
        return staff.stream().filter(s -> s.pickedProperty().get()).map(StaffPick::employeeNo).toList();
    }

    /** A file name to suggest: "5-125 acknowledgment 0150.pdf". */
    public String suggestedFileName() {
        PolicyNumber number = policy.get();
        String who = switch (scope.get()) {
            case BUILDING -> building.get() == null ? "" : " " + building.get().code();
            case SESSION -> session.get() == null ? "" : " training " + session.get().heldOn();
            case LIST -> " staff";
        };
        return (number == null ? "policy" : number.toString().replace(':', '-')) + " acknowledgment" + who + ".pdf";
    }

    /** True when the choices make a request; else the message says what is missing. */
    public boolean ready() {
        return request().isPresent();
    }

    /**
     * Writes the sheets to {@code out}; with {@code password} (the district certificate's) they are signed.
     * A changed statement is saved with the policy first.
     */
    public void write(Path out, char[] password) {
        Optional<SheetRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        SheetRequest r = request.get();
        String text = statement.get() == null ? "" : statement.get();
        boolean statementChanged = !text.strip().equals(loadedStatement.strip());
        boolean visible = visibleSignature.get();
        writing.set(true);
        written.set(null);
        message.set("");
        tasks.runCancellable("Writing acknowledgment sheets for " + r.number(), p -> {
            if (statementChanged) {
                acks.setStatement(r.number(), text);
            }
            return acks.writeSheets(r, out, districtKey(signing, password, visible), ServiceProgress.of(p));
        }, w -> {
            writing.set(false);
            loadedStatement = text;
            written.set(w);
            message.set("Saved " + w.file().getFileName() + ": sheet " + w.sheet().id() + ", "
                    + people(w.sheet().lines().size()) + ", " + pages(w.pages()) + (w.signed() ? ", signed" : "") + ".");
        }, failure -> {
            writing.set(false);
            failed(failure);
        });
    }

    /** The district certificate with the password given, or null when not signing. */
    static SigningKey districtKey(PdfSigningService signing, char[] password, boolean visible)
            throws org.policydesk.service.common.SigningException {
        if (password == null) {
            return null;
        }
        return new SigningKey(signing.districtCertificate().orElseThrow(() -> new org.policydesk.service.common.SigningException(
                "There is no district certificate yet; create or import one under Certificate and kiosk.")),
                password, visible);
    }

    static String people(int n) {
        return org.policydesk.model.Counted.people(n);
    }

    static String pages(int n) {
        return org.policydesk.model.Counted.pages(n);
    }

    private void failed(Throwable failure) {
        if (failure instanceof CancellationException) {
            message.set("Cancelled; no sheets were written.");
            return;
        }
        message.set(UserMessages.oneSentence(failure));
        tasks.showFailure(failure);
    }

    public ObjectProperty<PolicyNumber> policyProperty() {
        return policy;
    }

    public ObjectProperty<SheetScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<SheetLayout> layoutProperty() {
        return layout;
    }

    public ObservableList<Building> buildings() {
        return buildings;
    }

    public ObjectProperty<Building> buildingProperty() {
        return building;
    }

    public ObservableList<TrainingSession> sessions() {
        return sessions;
    }

    public ObjectProperty<TrainingSession> sessionProperty() {
        return session;
    }

    public ObservableList<StaffPick> shownStaff() {
        return shownStaff;
    }

    public StringProperty staffFilterProperty() {
        return staffFilter;
    }

    public StringProperty statementProperty() {
        return statement;
    }

    public BooleanProperty signProperty() {
        return sign;
    }

    public BooleanProperty visibleSignatureProperty() {
        return visibleSignature;
    }

    public BooleanProperty hasCertificateProperty() {
        return hasCertificate;
    }

    public BooleanProperty writingProperty() {
        return writing;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AcknowledgmentService.Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
