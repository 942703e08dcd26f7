package org.policydesk.gui.acknowledgments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
import org.policydesk.model.SheetLine;
import org.policydesk.model.SheetRecord;
import org.policydesk.model.SheetReturn;
import org.policydesk.service.acknowledgment.AcknowledgmentService;

/**
 * Recording a returned sheet: its ID typed or scanned (a scanner types the QR text and Enter), everyone on it
 * ticked, the date signed, Record. A recorded sheet opens as recorded; changing it is a correction with a reason.
 */
public final class ReturnedSheetViewModel {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final AcknowledgmentService acks;
    private final BackgroundTasks tasks;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<LocalDate> signedOn;
    private final ReadOnlyObjectWrapper<AckSheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");
    private final ReadOnlyObjectWrapper<SheetRecord> recordedSheet = new ReadOnlyObjectWrapper<>(this, "recorded");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final javafx.beans.binding.BooleanBinding recorded = recordedSheet.isNotNull();
    private final ObservableList<StaffPick> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheetSummary = new ReadOnlyStringWrapper(this, "sheetSummary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);

    public ReturnedSheetViewModel(AcknowledgmentService acks, BackgroundTasks tasks, LocalDate today) {
        this.acks = acks;
        this.tasks = tasks;
        this.signedOn = new SimpleObjectProperty<>(this, "signedOn", today);
    }

    /**
     * Looks up the typed or scanned sheet. A new one shows everyone ticked; a recorded one opens as recorded (who
     * signed, who did not, who was struck out, when and by whom), so recording it again cannot add anyone.
     */
    public void lookUp() {
        String text = code.get() == null ? "" : code.get().strip();
        tasks.runQuietly(p -> new Found(acks.sheet(text), acks.sheetRecord(text).orElse(null)), found -> {
            show(found.sheet(), found.record());
            say(found.record() == null ? "Untick anyone who did not sign, check the date, then Record."
                    : "This sheet is already recorded. To correct it, tick or untick people, give a reason, then"
                    + " Save correction.", false);
        }, failure -> {
            clear();
            failed(failure);
        });
    }

    private record Found(AckSheet sheet, SheetRecord record) {
    }

    private void show(AckSheet found, SheetRecord kept) {
        sheet.set(found);
        recordedSheet.set(kept);
        reason.set("");
        people.setAll(found.lines().stream().map(l -> pick(l, kept)).toList());
        String printed = "Sheet " + found.id() + ": policy " + found.number() + ", version " + found.versionSeq()
                + ", " + who(found) + ", printed " + PRINTED.format(found.createdAt().atZone(ZoneId.systemDefault()))
                + ". " + AckSheetsViewModel.people(found.lines().size()) + " on it.";
        sheetSummary.set(kept == null ? printed : printed + " Recorded on "
                + PRINTED.format(kept.recordedAt().atZone(ZoneId.systemDefault())) + " by " + kept.recordedBy()
                + " (signed " + PRINTED.format(kept.signedOn()) + "): " + counts(kept) + ".");
    }

    private static StaffPick pick(SheetLine l, SheetRecord kept) {
        String label = l.name() + " (" + l.employeeNo()
                + (l.position() == null || l.position().isBlank() ? "" : ", " + l.position()) + ")";
        if (kept == null) {
            return new StaffPick(l.employeeNo(), label, true);
        }
        SheetRecord.Person p = kept.people().stream().filter(x -> x.employeeNo().equals(l.employeeNo()))
                .findFirst().orElseThrow();
        return switch (p.state()) {
            case SIGNED -> new StaffPick(l.employeeNo(), label, true);
            case NOT_SIGNED -> new StaffPick(l.employeeNo(), label + " \u2014 did not sign", false);
            case STRUCK -> new StaffPick(l.employeeNo(), label + " \u2014 struck out: " + p.struckReason(), false);
        };
    }

    static String counts(SheetRecord r) {
        return r.signed().size() + " signed, " + r.notSigned().size() + " did not sign"
                + (r.struck().isEmpty() ? "" : ", " + r.struck().size() + " struck out");
    }

    private static String who(AckSheet s) {
        return switch (s.scope()) {
            case BUILDING -> "building " + s.buildingCode();
            case SESSION -> "training session " + s.sessionId();
            case LIST -> "a hand-picked list";
        } + (s.layout() == org.policydesk.model.SheetLayout.FORM ? " (forms)" : "");
    }

    /** Records the sheet (the ticked people signed on the chosen date), or saves a correction of a recorded one. */
    public void record() {
        AckSheet shown = sheet.get();
        if (shown == null) {
            say("Type or scan the sheet ID first.", true);
            return;
        }
        if (recordedSheet.get() != null) {
            correct(shown, recordedSheet.get());
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

    /**
     * A correction: people now ticked who did not sign are added, people now unticked who signed are struck out,
     * all with the one reason given. A struck-out acknowledgment stays struck out.
     */
    private void correct(AckSheet shown, SheetRecord kept) {
        Set<String> add = new TreeSet<>();
        List<String> strike = new ArrayList<>();
        for (StaffPick pick : people) {
            SheetRecord.State state = kept.people().stream().filter(x -> x.employeeNo().equals(pick.employeeNo()))
                    .findFirst().orElseThrow().state();
            boolean ticked = pick.pickedProperty().get();
            if (ticked && state == SheetRecord.State.NOT_SIGNED) {
                add.add(pick.employeeNo());
            } else if (!ticked && state == SheetRecord.State.SIGNED) {
                strike.add(pick.employeeNo());
            } else if (ticked && state == SheetRecord.State.STRUCK) {
                say(pick.label() + ": a struck-out acknowledgment stays struck out; record it on a new sheet.", true);
                return;
            }
        }
        if (add.isEmpty() && strike.isEmpty()) {
            say("Nothing to change: the ticks match the sheet as recorded.", true);
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            say("Give a reason for the correction; it is kept in the audit trail.", true);
            return;
        }
        tasks.run("Correcting sheet " + shown.id(), p -> {
            SheetRecord now = kept;
            if (!add.isEmpty()) {
                now = acks.correctSheet(shown.id(), add, why);
            }
            for (String employeeNo : strike) {
                now = acks.strike(shown.id(), employeeNo, why);
            }
            return now;
        }, r -> {
            say("Sheet " + shown.id() + " corrected: " + counts(r) + ".", false);
            clear();
        }, this::failed);
    }

    static String describe(SheetReturn r) {
        StringBuilder sb = new StringBuilder("Sheet ").append(r.sheetId()).append(" (").append(r.number())
                .append(" version ").append(r.versionSeq()).append("): ");
        sb.append(org.policydesk.model.Counted.of(r.recorded(), "acknowledgment", "acknowledgments")).append(" recorded");
        if (r.excluded() > 0) {
            sb.append(", ").append(r.excluded()).append(" did not sign");
        }
        return sb.append('.').toString();
    }

    private void clear() {
        sheet.set(null);
        recordedSheet.set(null);
        reason.set("");
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

    /** The reason a correction is made (required for one). */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** True when the shown sheet is already recorded: Record then saves a correction. */
    public javafx.beans.binding.BooleanBinding recordedProperty() {
        return recorded;
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
