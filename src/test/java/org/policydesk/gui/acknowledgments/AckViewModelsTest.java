package org.policydesk.gui.acknowledgments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetScope;
import org.policydesk.service.acknowledgment.SheetRequest;

/** The acknowledgment view models on a real store, with work run on the calling thread. */
class AckViewModelsTest extends AckViewModelTestBase {

    static final PolicyNumber P = AckStore.P;

    @Test
    void aScannedSheetIsShownWithEveryoneTickedAndAnUntickedPersonIsLeftOut() throws Exception {
        var written = ws.acknowledgments().writeSheets(SheetRequest.building(P, "0230"), dir.resolve("s.pdf"), null);
        String qr = "PDSHEET:" + written.sheet().id() + ":" + written.sheet().contentHash().toUpperCase();
        ReturnedSheetViewModel vm = new ReturnedSheetViewModel(ws.acknowledgments(), tasks, LocalDate.now());

        vm.codeProperty().set(qr);
        vm.lookUp();
        int v = written.sheet().versionSeq();
        assertThat(vm.sheetSummaryProperty().get()).startsWith("Sheet " + written.sheet().id()
                + ": policy 5:125, version " + v + ", building 0230").endsWith("2 people on it.");
        assertThat(vm.people()).extracting(StaffPick::employeeNo).containsExactly("000420", "000421");
        assertThat(vm.people()).allMatch(p -> p.pickedProperty().get());

        vm.people().get(1).pickedProperty().set(false);
        vm.record();
        assertThat(vm.messageProperty().get()).isEqualTo("Sheet " + written.sheet().id()
                + " (5:125 version " + v + "): 1 acknowledgment recorded, 1 did not sign.");
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.codeProperty().get()).as("ready for the next scan").isEmpty();

        vm.codeProperty().set(written.sheet().id());
        vm.lookUp();
        assertThat(vm.recordedProperty().get()).isTrue();
        assertThat(vm.sheetSummaryProperty().get()).contains("Recorded on").contains(" by ")
                .contains("1 signed, 1 did not sign");
        assertThat(vm.people()).extracting(p -> p.pickedProperty().get()).containsExactly(true, false);
        vm.record();
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("Nothing to change");

        vm.people().get(1).pickedProperty().set(true);
        vm.record();
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("reason");
        assertThat(ws.acknowledgments().sheetRecord(written.sheet().id()).orElseThrow().notSigned()).hasSize(1);

        vm.reasonProperty().set("Signed late, at the office");
        vm.people().get(0).pickedProperty().set(false);
        vm.record();
        assertThat(vm.failedProperty().get()).as(vm.messageProperty().get()).isFalse();
        var kept = ws.acknowledgments().sheetRecord(written.sheet().id()).orElseThrow();
        assertThat(kept.signed()).extracting(p -> p.employeeNo()).containsExactly("000421");
        assertThat(kept.struck()).extracting(p -> p.employeeNo()).containsExactly("000420");
        assertThat(vm.messageProperty().get()).isEqualTo("Sheet " + written.sheet().id()
                + " corrected: 1 signed, 0 did not sign, 1 struck out.");

        vm.codeProperty().set(written.sheet().id());
        vm.lookUp();
        assertThat(vm.people().get(0).label()).contains("struck out: Signed late, at the office");
    }

    @Test
    void unknownSheetsAndAQrCodeForAnotherTextAreClearMessages() throws Exception {
        var written = ws.acknowledgments().writeSheets(SheetRequest.building(P, "0150"), dir.resolve("s.pdf"), null);
        ReturnedSheetViewModel vm = new ReturnedSheetViewModel(ws.acknowledgments(), tasks, LocalDate.now());
        vm.codeProperty().set("AK-ZZZZ-ZZZZ");
        vm.lookUp();
        assertThat(vm.messageProperty().get()).startsWith("There is no sheet AK-ZZZZ-ZZZZ in this store.");
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.sheetProperty().get()).isNull();

        vm.codeProperty().set("PDSHEET:" + written.sheet().id() + ":" + "AB".repeat(32));
        vm.lookUp();
        assertThat(vm.messageProperty().get()).contains("for a different policy text");
        assertThat(vm.people()).isEmpty();
    }

    @Test
    void sheetsForHandPickedStaffUseTheEditedStatementAndResetBringsTheDefaultBack() throws Exception {
        AckSheetsViewModel vm = new AckSheetsViewModel(ws.acknowledgments(), ws.signing(), ws.rosters(), ws.training(),
                tasks);
        vm.refresh();
        vm.policyProperty().set(P);
        assertThat(vm.statementProperty().get()).contains("adopted June 12, 2025");
        vm.scopeProperty().set(SheetScope.LIST);
        vm.staffFilterProperty().set("lee");
        assertThat(vm.shownStaff()).extracting(StaffPick::employeeNo).containsExactly("000420", "000421");
        vm.shownStaff().get(0).pickedProperty().set(true);
        vm.staffFilterProperty().set("");
        vm.layoutProperty().set(SheetLayout.FORM);
        vm.statementProperty().set("I have read policy 5:125 and will follow it.");

        Path out = dir.resolve("picked.pdf");
        vm.write(out, null);
        assertThat(vm.messageProperty().get()).matches("Saved picked\\.pdf: sheet AK-\\w{4}-\\w{4}, 1 person, \\d+ pages?\\.");
        assertThat(vm.writtenProperty().get().sheet().layout()).isEqualTo(SheetLayout.FORM);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("I have read policy 5:125 and will follow it.")
                    .contains("Lee, Ann").doesNotContain("Leeds");
        }
        assertThat(ws.acknowledgments().statement(P)).isEqualTo("I have read policy 5:125 and will follow it.");

        vm.resetStatement();
        assertThat(vm.statementProperty().get()).contains("adopted June 12, 2025");
    }

    @Test
    void signingWithAWrongCertificatePasswordSaysSoAndWritesNothing() throws Exception {
        ws.signing().createDistrictCertificate("Test District", "right-password".toCharArray(), 1);
        AckSheetsViewModel vm = new AckSheetsViewModel(ws.acknowledgments(), ws.signing(), ws.rosters(), ws.training(),
                tasks);
        vm.refresh();
        vm.policyProperty().set(P);
        assertThat(vm.hasCertificateProperty().get()).isTrue();
        vm.buildingProperty().set(vm.buildings().stream().filter(b -> b.code().equals("0150")).findFirst().orElseThrow());
        Path out = dir.resolve("signed.pdf");
        vm.write(out, "wrong-password".toCharArray());
        assertThat(vm.messageProperty().get()).startsWith("The certificate password is wrong");
        assertThat(out).doesNotExist();

        vm.write(out, "right-password".toCharArray());
        assertThat(vm.messageProperty().get()).endsWith(", signed.");
        VerifyPdfViewModel verify = new VerifyPdfViewModel(ws.signing(), tasks);
        verify.verify(out);
        assertThat(verify.verdictProperty().get()).isEqualTo("signed.pdf is signed and has not been changed since.");
        assertThat(verify.details()).contains("Signed by: Test District", "Signed content intact: yes")
                .contains("Policy version: matches 5:125 v" + ws.acknowledgments().kioskText(P).versionSeq()
                        + " (ADOPTED) in this store.");
    }
}
