package org.policydesk.gui.acknowledgments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.PasswordPrompt;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.CertificateSummary;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.common.PdfSigningService;
import org.policydesk.service.common.SettingsService;

/** The district certificate (import a .p12 or create a self-signed one) and the kiosk's office password. */
public final class CertificateViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final PdfSigningService signing;
    private final AcknowledgmentService acks;
    private final SettingsService settings;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper(this, "certificate", "");
    private final ReadOnlyStringWrapper districtName = new ReadOnlyStringWrapper(this, "districtName", "");
    private final ReadOnlyBooleanWrapper hasOfficePassword = new ReadOnlyBooleanWrapper(this, "hasOfficePassword");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final IntegerProperty years = new SimpleIntegerProperty(this, "years", 5);
    /** Run after the certificate or office password changed, so other parts of the place can follow. */
    private Runnable onChange = () -> { };

    public CertificateViewModel(PdfSigningService signing, AcknowledgmentService acks, SettingsService settings,
                                BackgroundTasks tasks) {
        this.signing = signing;
        this.acks = acks;
        this.settings = settings;
        this.tasks = tasks;
    }

    private record Status(String certificate, String district, boolean officePassword) {
    }

    public void refresh() {
        tasks.runQuietly(p -> new Status(describe(), settings.districtName(), acks.hasOfficePassword()), s -> {
            certificate.set(s.certificate());
            districtName.set(s.district());
            hasOfficePassword.set(s.officePassword());
        }, this::failed);
    }

    private String describe() {
        return describe(signing.districtCertificate(), signing.districtCertificateSummary(), LocalDate.now());
    }

    /** The certificate in plain words: whom it names and the days it can sign, or what to do when it cannot. */
    static String describe(Optional<Path> file, Optional<CertificateSummary> summary, LocalDate today) {
        if (file.isEmpty()) {
            return "No district certificate yet: create or import one.";
        }
        String fileName = file.get().getFileName().toString();
        if (summary.isEmpty()) {
            return "District certificate: " + fileName + ".";
        }
        CertificateSummary s = summary.get();
        return "District certificate for " + Objects.requireNonNullElse(named(s), fileName) + ". " + validity(s, today);
    }

    /** "CN, O", or the one of them the certificate names (once when they are the same), or null. */
    private static String named(CertificateSummary s) {
        if (s.commonName() == null || s.commonName().equals(s.organisation())) {
            return s.organisation() != null ? s.organisation() : s.commonName();
        }
        return s.organisation() == null ? s.commonName() : s.commonName() + ", " + s.organisation();
    }

    private static String validity(CertificateSummary s, LocalDate today) {
        String until = DAY.format(s.validUntil());
        if (s.validUntil().isBefore(today)) {
            return "It expired on " + until + ": create or import a new one.";
        }
        return s.validFrom() == null ? "It can sign until " + until + "."
                : "It can sign from " + DAY.format(s.validFrom()) + " until " + until + ".";
    }

    public void importCertificate(Path p12, char[] password) {
        tasks.run("Importing the certificate", p -> {
            try {
                return signing.importDistrictCertificate(p12, password);
            } finally {
                PasswordPrompt.wipe(password);
            }
        }, file -> changed("Imported " + p12.getFileName() + " as the district certificate."),
                this::failed);
    }

    public void createCertificate(char[] password) {
        String name = districtName.get();
        int validYears = years.get();
        tasks.run("Creating the district certificate", p -> {
            try {
                return signing.createDistrictCertificate(name, password, validYears);
            } finally {
                PasswordPrompt.wipe(password);
            }
        }, file -> changed("Created a certificate for " + name + ", valid " + validYears + " years. Keep its "
                + "password safe: it is needed to sign."), this::failed);
    }

    public void setOfficePassword(char[] password) {
        setOfficePassword(password, () -> { }, this::failed);
    }

    /** Sets the office password, then runs {@code then}; or tells {@code onFailure} why it was not set. */
    void setOfficePassword(char[] password, Runnable then, Consumer<Throwable> onFailure) {
        tasks.run("Setting the office password", p -> {
            try {
                acks.setOfficePassword(password);
                return true;
            } finally {
                PasswordPrompt.wipe(password);
            }
        }, done -> {
            changed("The office password is set; it is needed to leave the kiosk.");
            then.run();
        }, onFailure);
    }

    /**
     * Runs {@code start} (the kiosk) once there is an office password, without which the kiosk cannot be left:
     * when none is set, {@code askNew} asks for one and it is saved first. Nothing starts when the person cancels
     * the question or the password cannot be saved ({@code onFailure} is told why).
     */
    public void whenOfficePasswordIsSet(Supplier<Optional<char[]>> askNew, Runnable start, Consumer<Throwable> onFailure) {
        tasks.runQuietly(p -> acks.hasOfficePassword(), has -> {
            if (has) {
                start.run();
                return;
            }
            askNew.get().ifPresent(password -> setOfficePassword(password, start, onFailure));
        }, onFailure);
    }

    /** The sentence here, beside the action, and in the status bar with "Open log". */
    private void failed(Throwable failure) {
        message.set(UserMessages.oneSentence(failure));
        tasks.showFailure(failure);
    }

    private void changed(String text) {
        message.set(text);
        refresh();
        onChange.run();
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public ReadOnlyStringProperty certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty districtNameProperty() {
        return districtName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOfficePasswordProperty() {
        return hasOfficePassword.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public IntegerProperty yearsProperty() {
        return years;
    }
}
