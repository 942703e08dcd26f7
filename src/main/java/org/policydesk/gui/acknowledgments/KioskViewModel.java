package org.policydesk.gui.acknowledgments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.PasswordPrompt;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.acknowledgment.AcknowledgmentService;

/**
 * The kiosk's steps for one policy: find your name, read the policy to the end, sign, thank you; then the next
 * person. Leaving needs the office password.
 */
public final class KioskViewModel {

    /** Where the person at the kiosk is. */
    public enum Step { FIND, READ, SIGN, THANKS }

    private final AcknowledgmentService acks;
    private final BackgroundTasks tasks;
    private final PolicyNumber number;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.FIND);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Employee> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Employee> employee = new ReadOnlyObjectWrapper<>(this, "employee");
    private final ReadOnlyObjectWrapper<AcknowledgmentService.KioskText> text =
            new ReadOnlyObjectWrapper<>(this, "text");
    private final BooleanProperty readToEnd = new SimpleBooleanProperty(this, "readToEnd", false);
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public KioskViewModel(AcknowledgmentService acks, BackgroundTasks tasks, PolicyNumber number) {
        this.acks = acks;
        this.tasks = tasks;
        this.number = number;
        search.addListener((o, old, now) -> find(now));
    }

    /** Loads the policy text the kiosk shows. */
    public void load() {
        tasks.runQuietly(p -> acks.kioskText(number), text::set, this::failed);
    }

    private void find(String typed) {
        String needle = typed == null ? "" : typed.strip();
        if (needle.length() < 2) {
            matches.clear();
            return;
        }
        tasks.runQuietly(p -> acks.findStaff(needle, 12), found -> {
            if (typed.equals(search.get())) {
                matches.setAll(found);
            }
        }, this::failed);
    }

    /** The person chose their name: show them the policy. */
    public void choose(Employee e) {
        if (e == null || text.get() == null) {
            return;
        }
        employee.set(e);
        readToEnd.set(false);
        message.set("");
        step.set(Step.READ);
    }

    /** They have read it to the end: on to signing. */
    public void toSigning() {
        if (readToEnd.get()) {
            step.set(Step.SIGN);
        }
    }

    /** Records the acknowledgment with the signature image; then thanks them. */
    public void confirm(byte[] signaturePng) {
        Employee e = employee.get();
        AcknowledgmentService.KioskText shown = text.get();
        if (e == null || shown == null || saving.get()) {
            return;
        }
        saving.set(true);
        tasks.run("Recording " + e.displayName() + "'s acknowledgment", p -> {
            acks.recordKiosk(e.employeeNo(), shown, signaturePng);
            return e;
        }, done -> {
            saving.set(false);
            step.set(Step.THANKS);
        }, failure -> {
            saving.set(false);
            failed(failure);
        });
    }

    /** Back to the name search for the next person. */
    public void startOver() {
        employee.set(null);
        search.set("");
        matches.clear();
        readToEnd.set(false);
        message.set("");
        step.set(Step.FIND);
    }

    /** Checks the office password off the FX thread; {@code onRight} runs only when it is right. */
    public void leave(char[] password, Runnable onRight) {
        tasks.runQuietly(p -> {
            try {
                return acks.checkOfficePassword(password);
            } finally {
                PasswordPrompt.wipe(password);
            }
        }, right -> {
            if (right) {
                onRight.run();
            } else {
                message.set("That is not the office password.");
            }
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(UserMessages.oneSentence(failure));
    }

    public PolicyNumber number() {
        return number;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Employee> matches() {
        return matches;
    }

    public ReadOnlyObjectProperty<Employee> employeeProperty() {
        return employee.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AcknowledgmentService.KioskText> textProperty() {
        return text.getReadOnlyProperty();
    }

    public BooleanProperty readToEndProperty() {
        return readToEnd;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
