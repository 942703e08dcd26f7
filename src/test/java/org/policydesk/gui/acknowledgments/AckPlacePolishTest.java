package org.policydesk.gui.acknowledgments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.CertificateSummary;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetScope;

/**
 * The Acknowledgments place's view models on a real store: the sheets' progress follows the pages as they are
 * drawn, the certificate is described in plain words, and a kiosk starts only once an office password is saved.
 */
class AckPlacePolishTest extends AckViewModelTestBase {

    static final PolicyNumber P = AckStore.P;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private AckSheetsViewModel formsForBuilding0230() {
        AckSheetsViewModel vm = new AckSheetsViewModel(ws.acknowledgments(), ws.signing(), ws.rosters(), ws.training(),
                tasks);
        vm.refresh();
        vm.policyProperty().set(P);
        vm.scopeProperty().set(SheetScope.BUILDING);
        vm.buildingProperty().set(vm.buildings().stream().filter(b -> b.code().equals("0230")).findFirst()
                .orElseThrow());
        vm.layoutProperty().set(SheetLayout.FORM);
        return vm;
    }

    @Test
    void theProgressBarFillsPageByPageWhileSheetsAreWritten() {
        AckSheetsViewModel vm = formsForBuilding0230();
        List<Double> shown = new ArrayList<>();
        tasks.progressProperty().addListener((o, old, now) -> shown.add(now.doubleValue()));

        vm.write(dir.resolve("forms.pdf"), null);

        int pages = vm.writtenProperty().get().pages();
        assertThat(pages).as("two people, each with the whole policy").isGreaterThan(2);
        List<Double> whileWriting = shown.subList(0, shown.size() - 1);
        assertThat(whileWriting).as("never goes back").isSorted();
        assertThat(whileWriting.stream().filter(f -> f > 0 && f < 1).distinct().count())
                .as("a step for each page drawn, then for saving").isGreaterThanOrEqualTo(pages);
        assertThat(whileWriting).last().isEqualTo(1.0);
        assertThat(shown).as("the bar empties when the work is done").last().isEqualTo(0.0);
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingWhileThePagesAreDrawnWritesNoFile() {
        AckSheetsViewModel vm = formsForBuilding0230();
        tasks.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() > 0 && tasks.cancellableProperty().get()) {
                tasks.cancelShown();
            }
        });
        Path out = dir.resolve("cancelled.pdf");

        vm.write(out, null);

        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled; no sheets were written.");
        assertThat(vm.writtenProperty().get()).isNull();
        assertThat(vm.writingProperty().get()).isFalse();
        assertThat(out).doesNotExist();
    }

    @Test
    void aCreatedCertificateIsDescribedByItsNameAndTheDaysItCanSign() throws Exception {
        ws.settings().setDistrictName("Prairie View CUSD 204");
        CertificateViewModel vm = new CertificateViewModel(ws.signing(), ws.acknowledgments(), ws.settings(), tasks);
        vm.refresh();
        assertThat(vm.certificateProperty().get()).isEqualTo("No district certificate yet: create or import one.");

        vm.createCertificate("district-pw-1".toCharArray());

        X509Certificate cert = certificateIn(ws.signing().districtCertificate().orElseThrow(), "district-pw-1");
        assertThat(vm.certificateProperty().get()).isEqualTo("District certificate for Prairie View CUSD 204. It can "
                + "sign from " + DAY.format(utcDay(cert.getNotBefore())) + " until "
                + DAY.format(utcDay(cert.getNotAfter())) + ".");
        assertThat(vm.certificateProperty().get()).doesNotContain("CN=").doesNotContain("O=");
    }

    @Test
    void anImportedCertificateNamesItsHolderAndOrganisationAndAnExpiredOneSaysWhatToDo() {
        Path file = dir.resolve("imported-1.p12");
        CertificateSummary holder = new CertificateSummary("Jane Doe", "Prairie View CUSD 204",
                LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30));

        assertThat(CertificateViewModel.describe(Optional.of(file), Optional.of(holder), LocalDate.of(2025, 1, 15)))
                .isEqualTo("District certificate for Jane Doe, Prairie View CUSD 204. It can sign from July 1, 2024"
                        + " until June 30, 2026.");
        assertThat(CertificateViewModel.describe(Optional.of(file), Optional.of(holder), LocalDate.of(2026, 7, 1)))
                .isEqualTo("District certificate for Jane Doe, Prairie View CUSD 204. It expired on June 30, 2026:"
                        + " create or import a new one.");
        assertThat(CertificateViewModel.describe(Optional.of(file), Optional.empty(), LocalDate.of(2026, 7, 1)))
                .isEqualTo("District certificate: imported-1.p12.");
    }

    @Test
    void startingTheKioskWithoutAnOfficePasswordAsksForOneSavesItAndOnlyThenStarts() {
        CertificateViewModel vm = new CertificateViewModel(ws.signing(), ws.acknowledgments(), ws.settings(), tasks);
        vm.refresh();
        AtomicInteger asked = new AtomicInteger();
        List<Boolean> savedWhenStarted = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();

        vm.whenOfficePasswordIsSet(() -> {
            asked.incrementAndGet();
            return Optional.of("office-77".toCharArray());
        }, () -> savedWhenStarted.add(ws.acknowledgments().checkOfficePassword("office-77".toCharArray())),
                failures::add);

        assertThat(asked).hasValue(1);
        assertThat(savedWhenStarted).containsExactly(true);
        assertThat(vm.hasOfficePasswordProperty().get()).isTrue();
        assertThat(failures).isEmpty();

        vm.whenOfficePasswordIsSet(() -> {
            asked.incrementAndGet();
            return Optional.empty();
        }, () -> savedWhenStarted.add(true), failures::add);
        assertThat(asked).as("set once, not asked again").hasValue(1);
        assertThat(savedWhenStarted).hasSize(2);
    }

    @Test
    void noKioskStartsWhenThePasswordQuestionIsCancelledOrThePasswordCannotBeSaved() {
        CertificateViewModel vm = new CertificateViewModel(ws.signing(), ws.acknowledgments(), ws.settings(), tasks);
        AtomicInteger started = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();

        vm.whenOfficePasswordIsSet(Optional::empty, started::incrementAndGet, failures::add);
        vm.whenOfficePasswordIsSet(() -> Optional.of("ab".toCharArray()), started::incrementAndGet, failures::add);

        assertThat(started).hasValue(0);
        assertThat(failures).singleElement().satisfies(f -> assertThat(UserMessages.oneSentence(f))
                .containsIgnoringCase("at least 4 characters"));
        assertThat(ws.acknowledgments().hasOfficePassword()).isFalse();
    }

    private static X509Certificate certificateIn(Path p12, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, password.toCharArray());
        }
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }

    private static LocalDate utcDay(java.util.Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
