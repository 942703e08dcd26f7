package org.policydesk.gui.acknowledgments;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.SignatureCheck;
import org.policydesk.service.common.PdfSigningService;

/** Verifying a PDF: who signed it, when, whether it is unchanged, and whether its policy text is in the store. */
public final class VerifyPdfViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final PdfSigningService signing;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ObservableList<String> details = FXCollections.observableArrayList();

    public VerifyPdfViewModel(PdfSigningService signing, BackgroundTasks tasks) {
        this.signing = signing;
        this.tasks = tasks;
    }

    public void verify(Path pdf) {
        details.clear();
        verdict.set("Checking " + pdf.getFileName() + "…");
        valid.set(false);
        tasks.run("Checking the signature of " + pdf.getFileName(), p -> signing.verify(pdf), check -> {
            valid.set(check.valid());
            verdict.set(verdict(pdf, check));
            details.setAll(details(check));
        }, failure -> {
            verdict.set(UserMessages.oneSentence(failure));
            details.clear();
            tasks.showFailure(failure);
        });
    }

    static String verdict(Path pdf, SignatureCheck check) {
        String name = pdf.getFileName().toString();
        if (check.signatures().isEmpty()) {
            return name + " is not signed.";
        }
        return check.valid() ? name + " is signed and has not been changed since."
                : name + " has been changed since it was signed, or its signature does not check out.";
    }

    static List<String> details(SignatureCheck check) {
        List<String> lines = new ArrayList<>();
        for (SignatureCheck.Signature s : check.signatures()) {
            lines.add("Signed by: " + (s.signer() == null ? "unknown" : s.signer()));
            lines.add("Signed on: " + (s.signingTime() == null ? "not stated" : WHEN.format(s.signingTime())));
            lines.add("Signed content intact: " + (s.intact() ? "yes" : "no"));
            lines.add("Nothing added after signing: " + (s.coversWholeFile() ? "yes" : "no, the file was changed later"));
            if (s.problem() != null) {
                lines.add("Problem: " + s.problem());
            }
        }
        if (check.versionHash() == null) {
            lines.add("Policy version: the PDF does not name one.");
        } else if (check.versionInStore() == null) {
            lines.add("Policy version: its text (" + check.versionHash().substring(0, 12)
                    + "…) is not in this store.");
        } else {
            lines.add("Policy version: matches " + check.versionInStore() + " in this store.");
        }
        return lines;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ObservableList<String> details() {
        return details;
    }
}
