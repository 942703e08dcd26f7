package org.policydesk.service.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.policydesk.model.AckSheet;
import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetRecord;
import org.policydesk.model.SheetReturn;
import org.policydesk.model.SignatureCheck;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.roster.RosterImportOptions;

/** Sheets, returned sheets, kiosk records and signatures, end to end on a real temporary store. */
public class AcknowledgmentServiceTest {

    static final PolicyNumber P = PolicyNumber.parse("5:125");
    static final String ROSTER = """
            Employee ID,Employee Name,Position,Email,Building,Building 2,Hire Date,Status
            000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,,08/15/2019,Active
            000418,"O'Brien, Sean",Principal,sobrien@d.org,0150,,2015-07-01,Active
            000419,"Smith, Jane A",Counselor,jsmith@d.org,0150,0230,8/20/21,Active
            000420,"Lee, Ann",Teacher,alee@d.org,0230,,2020-01-01,Active
            """;

    @TempDir
    Path dir;
    Workspace ws;
    AcknowledgmentService acks;

    @BeforeEach
    void open() throws Exception {
        ws = Workspaces.open(dir.resolve("store"));
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER, StandardCharsets.UTF_8);
        ws.rosters().apply(ws.rosters().preview(roster, RosterImportOptions.guessed()), false);
        PolicySummary s = ws.policies().listPolicies().get(0);
        long versionId = ws.policies().policy(s.id(), null).orElseThrow().shown().id();
        ws.library().adopt(versionId, LocalDate.of(2025, 6, 12), AdoptionOutcome.AS_PRESENTED, false);
        acks = ws.acknowledgments();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void defaultStatementNamesThePolicyAndAdoptionAndAnEditedOneReplacesIt() throws Exception {
        assertThat(acks.statement(P)).startsWith("I acknowledge that I have received, read and understand Board policy 5:125")
                .contains("adopted June 12, 2025").endsWith("up to and including dismissal.");
        acks.setStatement(P, "I have read 5:125.");
        assertThat(acks.statement(P)).isEqualTo("I have read 5:125.");
        acks.setStatement(P, "  ");
        assertThat(acks.statement(P)).contains("adopted June 12, 2025");
    }

    @Test
    void buildingSheetListsItsStaffAndEveryPageHasTheSheetIdAndAQrCodeThatDecodesToIt() throws Exception {
        Path out = dir.resolve("sheet.pdf");
        AcknowledgmentService.Written w = acks.writeSheets(
                new SheetRequest(P, org.policydesk.model.SheetScope.BUILDING, "0150", null, null, SheetLayout.SHEET, 2),
                out, null);
        assertThat(w.sheet().lines()).extracting(l -> l.employeeNo()).containsExactly("000417", "000418", "000419");
        assertThat(w.pages()).isEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= 2; page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String t = text.getText(doc);
                assertThat(t).contains("Sheet " + w.sheet().id()).contains("Acknowledgment of Board Policy 5:125")
                        .contains(w.sheet().contentHash().substring(0, 4));
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, 150, ImageType.RGB);
                int iw = image.getWidth();
                int ih = image.getHeight();
                String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(iw, ih, image.getRGB(0, 0, iw, ih, null, 0, iw))))).getText();
                assertThat(decoded).isEqualTo("PDSHEET:" + w.sheet().id() + ":" + w.sheet().contentHash().toUpperCase());
                assertThat(acks.sheet(decoded).id()).isEqualTo(w.sheet().id());
            }
            text.setStartPage(1);
            text.setEndPage(2);
            assertThat(text.getText(doc)).contains("Nguyen, Thi B").contains("000418").contains("Counselor");
        }
    }

    @Test
    void aRecordedSheetOpensAsRecordedAndRecordingItAgainIsRefusedWithoutAddingAnyone() throws Exception {
        AckSheet sheet = acks.writeSheets(SheetRequest.building(P, "0150"), dir.resolve("s.pdf"), null).sheet();
        assertThat(acks.sheetRecord(sheet.id())).isEmpty();
        SheetReturn first = acks.recordSheet(sheet.id().toLowerCase(), Set.of("000418"), LocalDate.now());
        assertThat(first.recorded()).isEqualTo(2);
        assertThat(first.excluded()).isEqualTo(1);

        SheetRecord kept = acks.sheetRecord(sheet.id()).orElseThrow();
        assertThat(kept.signedOn()).isEqualTo(LocalDate.now());
        assertThat(kept.recordedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(kept.signed()).extracting(SheetRecord.Person::employeeNo).containsExactly("000417", "000419");
        assertThat(kept.notSigned()).extracting(SheetRecord.Person::employeeNo).containsExactly("000418");

        assertThatThrownBy(() -> acks.recordSheet(sheet.id(), Set.of(), LocalDate.now()))
                .isInstanceOf(AckException.class).hasMessageContaining("already recorded")
                .hasMessageContaining("2 signed").hasMessageContaining("1 did not sign");
        assertThat(acks.sheetRecord(sheet.id()).orElseThrow().notSigned()).hasSize(1);
        var check = ws.rosters().check(new org.policydesk.model.CheckRequest(
                new org.policydesk.model.CheckSubject.Policy(P), LocalDate.now(), "0150", 30));
        assertThat(check.rows()).filteredOn(r -> r.status() == org.policydesk.model.CheckStatus.DONE).hasSize(2);
    }

    @Test
    void aCorrectionAddsSomeoneWhoSignedAndAStruckAcknowledgmentStaysButNoLongerCounts() throws Exception {
        AckSheet sheet = acks.writeSheets(SheetRequest.building(P, "0150"), dir.resolve("s.pdf"), null).sheet();
        acks.recordSheet(sheet.id(), Set.of("000418"), LocalDate.now());
        assertThatThrownBy(() -> acks.correctSheet(sheet.id(), Set.of("000418"), " "))
                .isInstanceOf(AckException.class).hasMessageContaining("reason");
        SheetRecord corrected = acks.correctSheet(sheet.id(), Set.of("000418"), "Signed on the back of the page");
        assertThat(corrected.notSigned()).isEmpty();

        assertThatThrownBy(() -> acks.strike(sheet.id(), "000419", ""))
                .isInstanceOf(AckException.class).hasMessageContaining("reason");
        SheetRecord struck = acks.strike(sheet.id(), "000419", "Signature is not hers");
        assertThat(struck.struck()).singleElement().satisfies(p -> {
            assertThat(p.employeeNo()).isEqualTo("000419");
            assertThat(p.struckReason()).isEqualTo("Signature is not hers");
        });
        assertThat(struck.signed()).extracting(SheetRecord.Person::employeeNo).containsExactly("000417", "000418");
        assertThatThrownBy(() -> acks.strike(sheet.id(), "000419", "again"))
                .isInstanceOf(AckException.class).hasMessageContaining("already struck out");

        var check = ws.rosters().check(new org.policydesk.model.CheckRequest(
                new org.policydesk.model.CheckSubject.Policy(P), LocalDate.now(), "0150", 30));
        assertThat(check.rows()).filteredOn(r -> r.employeeNo().equals("000419"))
                .allMatch(r -> r.status() != org.policydesk.model.CheckStatus.DONE);
        assertThat(acks.latestAcknowledgment("000419", P)).isEmpty();
        assertThat(ws.audit().employeeHistory("000419")).extracting(e -> e.action())
                .contains("acknowledgment.record", "acknowledgment.strike");
        assertThat(ws.audit().employeeHistory("000419")).extracting(org.policydesk.service.admin.AuditDescriptions::describe)
                .anyMatch(d -> d.startsWith("STRUCK OUT: acknowledgment of policy 5:125") && d.endsWith("Signature is not hers"));
        assertThat(ws.audit().employeeHistory("000418")).anySatisfy(e ->
                assertThat(e.details()).containsEntry("correction", "Signed on the back of the page"));
    }

    @Test
    void unknownSheetsForeignQrCodesAndPeopleNotOnTheSheetAreRefusedClearly() throws Exception {
        AckSheet sheet = acks.writeSheets(SheetRequest.building(P, "0150"), dir.resolve("s.pdf"), null).sheet();
        assertThatThrownBy(() -> acks.recordSheet("AK-ZZZZ-ZZZZ", Set.of(), null))
                .isInstanceOf(AckException.class).hasMessageContaining("There is no sheet AK-ZZZZ-ZZZZ");
        String otherVersion = "PDSHEET:" + sheet.id() + ":" + "AB".repeat(32);
        assertThatThrownBy(() -> acks.recordSheet(otherVersion, Set.of(), null))
                .isInstanceOf(AckException.class).hasMessageContaining("different policy text");
        assertThatThrownBy(() -> acks.recordSheet(sheet.id(), Set.of("000420"), null))
                .isInstanceOf(AckException.class).hasMessageContaining("Not on sheet").hasMessageContaining("000420");
        assertThat(acks.recordSheet(sheet.id(), Set.of(), null).recorded()).isEqualTo(3);
    }

    @Test
    void kioskSignatureIsStoredWithTimeAndTextHashAndPrintsOnTheIndividualForm() throws Exception {
        AcknowledgmentService.KioskText shown = acks.kioskText(P);
        byte[] png = signaturePng();
        acks.recordKiosk("000420", shown, png);
        var employee = ws.rosters().employees().stream().filter(e -> e.employeeNo().equals("000420")).findFirst().orElseThrow();
        Path out = dir.resolve("form.pdf");
        AcknowledgmentService.Written w = acks.writeIndividual("000420", P, out, null);
        assertThat(w.sheet().layout()).isEqualTo(SheetLayout.FORM);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String t = new PDFTextStripper().getText(doc);
            assertThat(t).contains("Lee, Ann").contains("Signed on screen at a PolicyDesk kiosk").contains(shown.contentHash());
        }
        assertThat(employee.id()).isPositive();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            false, OVERDUE
            true,  DONE
            """)
    void aNewAdoptionNeedsReAcknowledgmentUnlessItWasEditorialOnly(boolean editorial, String expected) throws Exception {
        AckSheet sheet = acks.writeSheets(SheetRequest.building(P, "0150"), dir.resolve("s.pdf"), null).sheet();
        acks.recordSheet(sheet.id(), Set.of(), LocalDate.now());
        long policyId = ws.policies().listPolicies().get(0).id();
        var draft = ws.library().newDraft(policyId);
        ws.library().saveDraft(draft.id(), draft.sourceText().replaceFirst("Board", "School Board"), 0);
        ws.library().adopt(draft.id(), LocalDate.now(), AdoptionOutcome.WITH_EDITS, editorial);
        var check = ws.rosters().check(new org.policydesk.model.CheckRequest(
                new org.policydesk.model.CheckSubject.Policy(P), LocalDate.now(), "0150", 30));
        assertThat(check.rows()).hasSize(3).allSatisfy(r -> {
            assertThat(r.status().name()).isEqualTo(expected);
            assertThat(r.missingWhat()).isEqualTo(editorial ? "" : "needs re-acknowledgment of v" + (draft.seq()));
        });
    }

    @Test
    void kioskTextReadsAsWordsWithoutMarkupAndEveryNumberedItemStartsAParagraph() throws Exception {
        String text = acks.kioskText(P).text();
        assertThat(text).contains("5:20, Workplace Harassment Prohibited;").doesNotContain("*").doesNotContain("](#)");
        assertThat(text.split("\n\n")).anyMatch(p -> p.startsWith("3. Not interfere"));
        // The seed cuts item 1 at a page break ("…the Ill. Code of" / "Educator Ethics…"): it reads as one.
        assertThat(text).contains("Ill. Code of Educator Ethics");
    }

    @Test
    void officePasswordIsCheckedAgainstASaltedHash() {
        assertThat(acks.checkOfficePassword("anything".toCharArray())).isFalse();
        acks.setOfficePassword("office-42".toCharArray());
        assertThat(acks.checkOfficePassword("office-42".toCharArray())).isTrue();
        assertThat(acks.checkOfficePassword("office-43".toCharArray())).isFalse();
    }

    // ---- signatures ------------------------------------------------------------------------------------------

    @Test
    void signedSheetsVerifyAndAByteChangedInsideTheSignedRangeIsDetected() throws Exception {
        Path p12 = certificate("pw-123456", 0, 365, true);
        Path out = dir.resolve("signed.pdf");
        acks.writeSheets(SheetRequest.building(P, "0150"), out, new SigningKey(p12, "pw-123456".toCharArray(), true));
        SignatureCheck check = ws.signing().verify(out);
        assertThat(check.valid()).isTrue();
        assertThat(check.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).isEqualTo("Test District 042");
            assertThat(s.signingTime()).isNotNull();
            assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
        });
        assertThat(check.versionInStore()).startsWith("5:125 v");

        byte[] bytes = Files.readAllBytes(out);
        int at = indexOf(bytes, "Sheet ".getBytes(StandardCharsets.US_ASCII));
        int target = at >= 0 ? at : 2000; // inside the first signed range either way
        bytes[target + 1] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);
        SignatureCheck bad = ws.signing().verify(tampered);
        assertThat(bad.valid()).isFalse();
        assertThat(bad.signatures()).singleElement().satisfies(s -> assertThat(s.intact()).isFalse());
    }

    @Test
    void popplerCallsTheSignatureValid() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "poppler-utils (pdfsig) is not installed");
        Path p12 = certificate("pw-123456", 0, 365, true);
        Path out = dir.resolve("signed.pdf");
        acks.writeSheets(SheetRequest.building(P, "0230"), out, new SigningKey(p12, "pw-123456".toCharArray(), false));
        Process p = new ProcessBuilder("pdfsig", out.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report).contains("Signature is Valid").contains("Total document signed");
    }

    @Test
    void wrongPasswordExpiredCertificateAndMissingKeyAreRefusedAndLeaveNoFile() throws Exception {
        Path good = certificate("pw-123456", 0, 365, true);
        Path expired = certificate("pw-123456", -400, -35, true);
        Path noKey = certificate("pw-123456", 0, 365, false);
        Path out = dir.resolve("never.pdf");
        assertThatThrownBy(() -> acks.writeSheets(SheetRequest.building(P, "0150"), out,
                new SigningKey(good, "wrong".toCharArray(), false)))
                .isInstanceOf(SigningException.class).hasMessageContaining("password is wrong");
        assertThatThrownBy(() -> acks.writeSheets(SheetRequest.building(P, "0150"), out,
                new SigningKey(expired, "pw-123456".toCharArray(), false)))
                .isInstanceOf(SigningException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> acks.writeSheets(SheetRequest.building(P, "0150"), out,
                new SigningKey(noKey, "pw-123456".toCharArray(), false)))
                .isInstanceOf(SigningException.class).hasMessageContaining("no private key");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("never.pdf"));
        }
    }

    @Test
    void aSelfSignedDistrictCertificateCreatedInSettingsSigns() throws Exception {
        Path p12 = ws.signing().createDistrictCertificate("Test District 042", "district-pw".toCharArray(), 5);
        assertThat(ws.signing().districtCertificate()).contains(p12);
        Path out = dir.resolve("form.pdf");
        acks.writeIndividual("000417", P, out, new SigningKey(p12, "district-pw".toCharArray(), false));
        assertThat(ws.signing().verify(out).valid()).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Path certificate(String password, int fromDays, int toDays, boolean withKey) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        long now = System.currentTimeMillis();
        X500Name name = new X500Name("CN=Test District 042, O=Test, C=US");
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now), new Date(now + fromDays * 86_400_000L), new Date(now + toDays * 86_400_000L),
                name, pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        if (withKey) {
            ks.setKeyEntry("k", pair.getPrivate(), password.toCharArray(), new Certificate[]{cert});
        } else {
            ks.setCertificateEntry("c", cert);
        }
        Path file = dir.resolve("cert-" + fromDays + "-" + toDays + "-" + withKey + ".p12");
        try (var out = Files.newOutputStream(file)) {
            ks.store(out, password.toCharArray());
        }
        return file;
    }

    public static byte[] signaturePng() throws IOException {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(10, 80, 290, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
