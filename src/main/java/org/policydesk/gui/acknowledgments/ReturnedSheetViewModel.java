package org.policydesk.gui.acknowledgments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.AckSheet;
import org.policydesk.model.SheetReturn;
import org.policydesk.service.acknowledgment.AcknowledgmentService;

/**
 * Recording a returned sheet: its ID typed or scanned (a scanner types the QR text and Enter), everyone on it
 * ticked, the date signed, Record. Recording the same sheet again adds nothing.
 */
public final class ReturnedSheetViewModel {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final AcknowledgmentService acks;
    private final BackgroundTasks tasks;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<LocalDate> signedOn;
    private final ReadOnlyObjectWrapper<AckSheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");
    private final ObservableList<StaffPick> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheetSummary = new ReadOnlyStringWrapper(this, "sheetSummary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    public ReturnedSheetViewModel(AcknowledgmentService acks, BackgroundTasks tasks, LocalDate today) {
        this.acks = acks;
        this.tasks = tasks;
        this.signedOn = new SimpleObjectProperty<>(this, "signedOn", today);
    }

    /** Looks up the typed or scanned sheet and ticks everyone on it. */
    public void lookUp() {
        String text = code.get() == null ? "" : code.get().strip();
        tasks.runQuietly(p -> acks.sheet(text), found -> {
            sheet.set(found);
            people.setAll(found.lines().stream()
                    .map(l -> new StaffPick(l.employeeNo(), l.name() + " (" + l.employeeNo()
                            + (l.position() == null || l.position().isBlank() ? "" : ", " + l.position()) + ")", true))
                    .toList());
            sheetSummary.set("Sheet " + found.id() + ": policy " + found.number() + ", version " + found.versionSeq()
                    + ", " + who(found) + ", printed " + PRINTED.format(found.createdAt().atZone(ZoneId.systemDefault()))
                    + ". " + AckSheetsViewModel.people(found.lines().size()) + " on it.");
            say("Untick anyone who did not sign, check the date, then Record.", false);
        }, failure -> {
            clear();
            failed(failure);
        });
    }

    private static String who(AckSheet s) {
        return switch (s.scope()) {
            case BUILDING -> "building " + s.buildingCode();
            case SESSION -> "training session " + s.sessionId();
            case LIST -> "a hand-picked list";
        } + (s.layout() == org.policydesk.model.SheetLayout.FORM ? " (forms)" : "");
    }

    /** Records the sheet: the ticked people signed on the chosen date. */
    public void record() {
        AckSheet shown = sheet.get();
        if (shown == null) {
            say("Type or scan the sheet ID first.", true);
            return;
        }
        Set<String> except = people.stream().filter(p -> !p.pickedProperty().get()).map(StaffPick::employeeNo)
                .collect(Collectors.toSet());
        LocalDate date = signedOn.get();
        tasks.run("Recording sheet " + shown.id(), p -> acks.recordSheet(shown.id(), except, date), r -> {
            say(describe(r), false);
            clear();
        }, this::failed);
    }

    static String describe(SheetReturn r) {
        StringBuilder sb = new StringBuilder("Sheet ").append(r.sheetId()).append(" (").append(r.number())
                .append(" version ").append(r.versionSeq()).append("): ");
        sb.append(r.recorded() == 1 ? "1 acknowledgment recorded" : r.recorded() + " acknowledgments recorded");
        if (r.alreadyRecorded() > 0) {
            sb.append(", ").append(r.alreadyRecorded()).append(r.alreadyRecorded() == 1 ? " was" : " were")
                    .append(" already recorded");
        }
        if (r.excluded() > 0) {
            sb.append(", ").append(r.excluded()).append(" did not sign");
        }
        return sb.append('.').toString();
    }

    private void clear() {
        sheet.set(null);
        people.clear();
        sheetSummary.set("");
        code.set("");
    }

    /** The sentence here, beside the action, and in the status bar with "Open log". */
    private void failed(Throwable failure) {
        say(UserMessages.oneSentence(failure), true);
        tasks.showFailure(failure);
    }

    private void say(String text, boolean isError) {
        message.set(text);
        failed.set(isError);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<LocalDate> signedOnProperty() {
        return signedOn;
    }

    public ReadOnlyObjectProperty<AckSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ObservableList<StaffPick> people() {
        return people;
    }

    public ReadOnlyStringProperty sheetSummaryProperty() {
        return sheetSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message reports a problem (shown in the error colour). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
