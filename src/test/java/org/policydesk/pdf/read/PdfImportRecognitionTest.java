package org.policydesk.pdf.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.policydesk.model.BlockKind;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.testing.FieldsScore;
import org.policydesk.testing.PolicyPdfWriter;
import org.policydesk.testing.SamplePolicy;
import org.policydesk.text.PolicyRecogniser;

class PdfImportRecognitionTest {

    private final PdfPolicyReader reader = new PdfPolicyReader();
    private final PolicyRecogniser recogniser = new PolicyRecogniser();

    @Test
    void aPrintedPolicyComesBackWithoutItsRunningHeaderFooterAndWithParagraphsJoinedAcrossPages() throws Exception {
        FieldsScore score = new FieldsScore();
        long seed = 17;
        for (SamplePolicy p : SamplePolicy.library()) {
            byte[] pdf = new PolicyPdfWriter().header("Lincoln CUSD 12 Board Policy Manual")
                    .footer("Printed 11/05/2024 - Page %d of %d").randomBreaks(new Random(seed++), 0.25)
                    .write(PolicyPdfWriter.blocks(p, false));
            List<RecognisedPolicy> got = recogniser.recognise(reader.read(p.number() + ".pdf", pdf));
            assertThat(got).as(p.number()).hasSize(1);
            String text = got.get(0).document().sourceText();
            assertThat(text).doesNotContain("Lincoln CUSD", "Page 1", "Printed");
            for (String paragraph : p.paragraphs()) {
                assertThat(got.get(0).document().blocks()).as("%s: one paragraph, however the pages broke it", p.number())
                        .anyMatch(b -> b.kind() == BlockKind.PARAGRAPH && b.text().equals(paragraph));
            }
            score.score(p.number(), got.get(0).document(), p);
        }
        System.out.println("PDF single policies: " + score);
        assertThat(score.percent()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void aManualWithCoverAndContentsIsSplitIntoOnePolicyEachWithItsPages() throws Exception {
        List<SamplePolicy> library = SamplePolicy.library();
        List<PolicyPdfWriter.Block> blocks = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < library.size(); i++) {
            blocks.addAll(PolicyPdfWriter.blocks(library.get(i), i % 2 == 0));
            contents.add(library.get(i).number() + " " + library.get(i).title());
        }
        byte[] pdf = new PolicyPdfWriter().header("Board Policy Manual").footer("Page %d of %d")
                .coverAndContents(contents).write(blocks);
        List<RecognisedPolicy> got = recogniser.recognise(reader.read("manual.pdf", pdf));
        assertThat(got).extracting(r -> r.document().number().toString())
                .containsExactly(library.stream().map(SamplePolicy::number).toArray(String[]::new));
        FieldsScore score = new FieldsScore();
        for (int i = 0; i < library.size(); i++) {
            score.score("manual " + i, got.get(i).document(), library.get(i));
            assertThat(got.get(i).source().firstPage()).isGreaterThanOrEqualTo(3);
            assertThat(got.get(i).document().sourceText()).doesNotContain("Table of Contents", "........");
        }
        System.out.println("PDF manual: " + score);
        assertThat(score.percent()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void aScannedPdfIsRefusedNamingTheFileAndSayingThereIsNoTextLayer() throws Exception {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xo, 50, 500);
            }
            doc.save(out);
            scan = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("scan-5_260.pdf", scan)).isInstanceOf(PdfRefusedException.class)
                .hasMessageContaining("scan-5_260.pdf").hasMessageContaining("no text layer")
                .hasMessageContaining("text recognition (OCR) is not part of PolicyDesk");
    }

    @Test
    void anEncryptedPdfIsRefusedSayingSo() throws Exception {
        byte[] pdf = new PolicyPdfWriter().write(PolicyPdfWriter.blocks(SamplePolicy.library().get(0), false));
        byte[] locked;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("locked.pdf", locked)).isInstanceOf(PdfRefusedException.class)
                .hasMessageContaining("locked.pdf").hasMessageContaining("encrypted");
    }

    @Test
    void aDamagedPdfIsRefusedSayingSo() {
        byte[] pdf = new PolicyPdfWriter().write(PolicyPdfWriter.blocks(SamplePolicy.library().get(0), false));
        byte[] damaged = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        java.util.Arrays.fill(damaged, 200, damaged.length, (byte) 'x');
        assertThatThrownBy(() -> reader.read("torn.pdf", damaged)).isInstanceOf(PdfRefusedException.class)
                .hasMessageContaining("torn.pdf");
    }
}
