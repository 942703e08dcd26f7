package org.policydesk.gui.acknowledgments;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.policydesk.model.AckMethod;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.common.PdfSigningService;

/** One employee's acknowledgment form (with their kiosk signature when they gave one), optionally signed. */
public final class IndividualAckViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final AcknowledgmentService acks;
    private final PdfSigningService signing;
    private final BackgroundTasks tasks;
    private final ObjectProperty<PolicyNumber> policy = new SimpleObjectProperty<>(this, "policy");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Employee> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Employee> employee = new SimpleObjectProperty<>(this, "employee");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty sign = new SimpleBooleanProperty(this, "sign", false);
    private boolean hasCertificate;

    public IndividualAckViewModel(AcknowledgmentService acks, PdfSigningService signing, BackgroundTasks tasks) {
        this.acks = acks;
        this.signing = signing;
        this.tasks = tasks;
        search.addListener((o, old, text) -> find(text));
        employee.addListener((o, old, now) -> showStatus());
        policy.addListener((o, old, now) -> showStatus());
    }

    private void find(String text) {
        tasks.runQuietly(p -> acks.findStaff(text, 50), found -> {
            if (text.equals(search.get())) {
                matches.setAll(found);
            }
        }, this::failed);
    }

    public void refresh() {
        find(search.get());
        tasks.runQuietly(p -> signing != null && signing.districtCertificate().isPresent(), has -> hasCertificate = has,
                this::failed);
    }

    private void showStatus() {
        Employee e = employee.get();
        PolicyNumber number = policy.get();
        if (e == null || number == null) {
            status.set("");
            return;
        }
        tasks.runQuietly(p -> acks.latestAcknowledgment(e.employeeNo(), number), kept -> {
            if (e.equals(employee.get()) && number.equals(policy.get())) {
                status.set(kept.map(k -> e.displayName() + " acknowledged " + number + " on " + WHEN.format(k.at())
                        + (k.method() == AckMethod.KIOSK ? " at the kiosk, with a signature."
                        : k.sheetId() != null ? " on paper (sheet " + k.sheetId() + ")." : "."))
                        .orElse(e.displayName() + " has not acknowledged the current version of " + number
                                + "; the form gets an empty signature line."));
            }
        }, failure -> {
            status.set(UserMessages.oneSentence(failure));
            tasks.showFailure(failure);
        });
    }

    public String suggestedFileName() {
        Employee e = employee.get();
        PolicyNumber n = policy.get();
        return (n == null ? "policy" : n.toString().replace(':', '-')) + " acknowledgment "
                + (e == null ? "" : e.lastName() + " " + e.employeeNo()) + ".pdf";
    }

    /** Writes the form; with {@code password} it is signed with the district certificate. */
    public void write(Path out, char[] password) {
        Employee e = employee.get();
        PolicyNumber number = policy.get();
        if (e == null || number == null) {
            message.set("Choose a policy and an employee first.");
            return;
        }
        tasks.run("Writing the acknowledgment form for " + e.displayName(),
                p -> acks.writeIndividual(e.employeeNo(), number, out, AckSheetsViewModel.districtKey(signing, password,
                        true)),
                w -> message.set("Saved " + w.file().getFileName() + " (" + AckSheetsViewModel.pages(w.pages())
                        + (w.signed() ? ", signed" : "") + ")."),
                this::failed);
    }

    /** The sentence here, beside the action, and in the status bar with "Open log". */
    private void failed(Throwable failure) {
        message.set(UserMessages.oneSentence(failure));
        tasks.showFailure(failure);
    }

    /** True when a district certificate exists (as of the last {@link #refresh}). */
    public boolean canSign() {
        return hasCertificate;
    }

    public ObjectProperty<PolicyNumber> policyProperty() {
        return policy;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Employee> matches() {
        return matches;
    }

    public ObjectProperty<Employee> employeeProperty() {
        return employee;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty signProperty() {
        return sign;
    }
}
