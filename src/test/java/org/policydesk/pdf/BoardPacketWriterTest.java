package org.policydesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.ChangeKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.text.PressParser;

class BoardPacketWriterTest {

    private static byte[] sample;

    @BeforeAll
    static void writeSample() throws IOException {
        sample = new BoardPacketWriter().toBytes(Packets.samplePacket(), PacketMonitor.NONE);
    }

    @Test
    void samplePacketIsValidPdfA2u() throws Exception {
        assertThat(PdfChecks.pdfaFailures(sample)).isEmpty();
    }

    @Test
    void cleanDraftShowsEveryWordOfTheDraftInOrder() throws Exception {
        PolicyDocument draft = Packets.sample("5-125-draft-update-issue-117.txt");
        try (PDDocument doc = PacketTexts.load(sample)) {
            PDOutlineItem policy = outlineItem(doc, "5:125");
            PDOutlineItem clean = child(policy, "Clean draft");
            String text = PacketTexts.text(doc, PacketTexts.page(doc, clean), doc.getNumberOfPages());
            List<String> words = PacketTexts.draftWords(draft);
            assertThat(words).hasSizeGreaterThan(800);
            int missing = PacketTexts.missingFrom(PacketTexts.words(text), words);
            assertThat(missing).as("first draft word not found in order: %s",
                    missing < 0 ? "" : words.get(missing)).isEqualTo(-1);
        }
    }

    @Test
    void popplerReadsTheSameWordsWhereInstalled(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("pdftotext"), "poppler's pdftotext is not installed");
        Path pdf = dir.resolve("packet.pdf");
        Files.write(pdf, sample);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        List<String> words = PacketTexts.draftWords(Packets.sample("5-125-draft-update-issue-117.txt"));
        int cleanDraft = text.lastIndexOf("Clean draft");
        assertThat(PacketTexts.missingFrom(PacketTexts.words(text.substring(cleanDraft)), words)).isEqualTo(-1);
    }

    @Test
    void redlineMarksTheInsertedWords() throws Exception {
        try (PDDocument doc = PacketTexts.load(sample)) {
            PDOutlineItem redline = child(outlineItem(doc, "5:125"), "Redline");
            String text = PacketTexts.text(doc, PacketTexts.page(doc, redline), PacketTexts.page(doc, redline));
            assertThat(text).contains("Discord, 1 Tik Tok);").contains("Inserted text is underlined");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument doc = PacketTexts.load(sample)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).anyMatch(n -> n.endsWith("+LiberationSerif"));
        }
    }

    @Test
    void bookmarksNameEveryPartAndEveryPolicySection() throws Exception {
        try (PDDocument doc = PacketTexts.load(sample)) {
            List<String> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).containsExactly("Cover", "Memo", "Contents",
                    "5:125 Personal Technology and Social Media; Usage and Conduct");
            PDOutlineItem policy = outlineItem(doc, "5:125");
            List<String> sections = new ArrayList<>();
            policy.children().forEach(i -> sections.add(i.getTitle()));
            assertThat(sections).containsExactly("Redline", "Clean draft");
            List<String> headings = new ArrayList<>();
            child(policy, "Clean draft").children().forEach(i -> headings.add(i.getTitle()));
            assertThat(headings).containsExactly("Introduction", "Definitions", "Usage and Conduct",
                    "Superintendent Responsibilities");
            assertThat(PacketTexts.page(doc, policy)).isEqualTo(4);
        }
    }

    @Test
    void contentsListsPageNumbersAndLinksToThem() throws Exception {
        try (PDDocument doc = PacketTexts.load(sample)) {
            int contentsPage = PacketTexts.page(doc, outlineItem(doc, "Contents"));
            String text = PacketTexts.text(doc, contentsPage, contentsPage);
            int policyPage = PacketTexts.page(doc, outlineItem(doc, "5:125"));
            assertThat(text).containsPattern("Personal Technology and Social Media; Usage and Conduct[ .]*"
                    + policyPage + "\\b");
            long links = doc.getPage(contentsPage - 1).getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationLink).count();
            assertThat(links).isEqualTo(4);
        }
    }

    @Test
    void pagesCarryRunningHeaderAndFooter() throws Exception {
        try (PDDocument doc = PacketTexts.load(sample)) {
            int pages = doc.getNumberOfPages();
            String last = PacketTexts.text(doc, pages, pages);
            assertThat(last).contains("Sample School District 000").contains("Policy 5:125")
                    .contains("DRAFT for board review").contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void metadataNamesThePacketAndItsDatesComeFromTheMeeting() throws Exception {
        try (PDDocument doc = PacketTexts.load(sample)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Policy Updates: PRESS Issue 117, First Reading");
            assertThat(info.getAuthor()).isEqualTo("Sample School District 000");
            assertThat(info.getSubject()).contains("December 15, 2026");
            assertThat(info.getKeywords()).contains("PRESS Issue 117").contains("5:125");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2026);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(15);
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void sameDataGiveTheSameBytes() throws IOException {
        byte[] again = new BoardPacketWriter().toBytes(Packets.samplePacket(), PacketMonitor.NONE);
        assertThat(again).isEqualTo(sample);
    }

    @Test
    void anotherMeetingDateGivesAnotherFile() throws IOException {
        BoardPacket p = Packets.samplePacket();
        BoardPacket later = new BoardPacket(p.districtName(), p.meeting().plusDays(7), p.reading(), p.issue(),
                p.title(), p.policies());
        assertThat(new BoardPacketWriter().toBytes(later, PacketMonitor.NONE)).isNotEqualTo(sample);
    }

    @Test
    void vietnameseAndCjkNamesRenderWithTheirOwnGlyphs() throws Exception {
        String district = "Trường Tiểu học Nguyễn Du 学区 第一中学";
        String text = "\n\nDocument Status: Draft Update\n\nGeneral Personnel\n\n5:999 Đào tạo nhân viên 教职员培训\n\n"
                + "Purpose\n\nÔng Phạm Văn Đồng và bà Trần Thị Hằng sẽ hướng dẫn; 東京都の学校 and 서울 학교 take part.\n";
        PolicyDocument draft = new PressParser().parse(text);
        byte[] pdf = new BoardPacketWriter().toBytes(Packets.packet(district, List.of(Packets.policy(null, draft))),
                PacketMonitor.NONE);
        try (PDDocument doc = PacketTexts.load(pdf)) {
            String all = PacketTexts.text(doc, 1, doc.getNumberOfPages());
            assertThat(all).contains(district).contains("Ông Phạm Văn Đồng và bà Trần Thị Hằng sẽ hướng dẫn")
                    .contains("東京都の学校").contains("서울").doesNotContain("\uFFFD");
            assertThat(fontNames(doc)).anyMatch(n -> n.endsWith("+WenQuanYiMicroHei"));
        }
        assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void aCharacterNoFontHasBecomesAVisibleReplacement() throws Exception {
        String text = "\n\nDocument Status: Draft Update\n\n5:998 Symbols\n\nThe sign \uD83E\uDD84 is in no shipped font.\n";
        PolicyDocument draft = new PressParser().parse(text);
        byte[] pdf = new BoardPacketWriter().toBytes(Packets.packet("District", List.of(Packets.policy(null, draft))),
                PacketMonitor.NONE);
        try (PDDocument doc = PacketTexts.load(pdf)) {
            assertThat(PacketTexts.text(doc, 1, doc.getNumberOfPages())).contains("The sign \uFFFD is in no");
        }
        assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void footnoteOnlyDraftIsEditorialAndGoesToTheConsentAgenda() throws IOException {
        PolicyDocument adopted = Packets.sample("5-125-adopted-2023-06-21.txt");
        String marked = adopted.sourceText().replace("smartwatches, and", "smartwatches, PRESSPlus1 and")
                + "\n\nPRESSPlus Comments\n\nPRESSPlus 1. Updated for continuous improvement. Issue 117, October 2024";
        PolicyDocument draft = new PressParser().parse(marked);
        assertThat(ChangeKinds.classify(adopted, draft)).isEqualTo(ChangeKind.EDITORIAL);
        assertThat(ChangeKinds.action(ChangeKind.EDITORIAL, org.policydesk.model.Reading.FIRST))
                .isEqualTo("Consent agenda");
        assertThat(ChangeKinds.classify(adopted, Packets.sample("5-125-draft-update-issue-117.txt")))
                .isEqualTo(ChangeKind.REVISED);
        assertThat(ChangeKinds.classify(null, draft)).isEqualTo(ChangeKind.NEW);
    }

    @Test
    void cancellingStopsTheBuild() {
        PacketMonitor cancelled = new PacketMonitor() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new BoardPacketWriter().toBytes(Packets.samplePacket(), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void redlineKeepsBoldAndItalicBesideTheInsertAndDeleteMarks() throws Exception {
        String adopted = "\n\nDocument Status: Adopted\n\nGeneral Personnel\n\n5:997 Emphasis\n\nPurpose\n\n"
                + "Staff must **always** report an injury within *one* day to the office.\n";
        String draft = "\n\nDocument Status: Draft Update\n\nGeneral Personnel\n\n5:997 Emphasis\n\nPurpose\n\n"
                + "Staff must **always** report an injury within ***two*** days to the **building principal**.\n";
        PressParser parser = new PressParser();
        byte[] pdf = new BoardPacketWriter().toBytes(Packets.packet("District", List.of(
                Packets.policy(parser.parse(adopted), parser.parse(draft)))), PacketMonitor.NONE);
        try (PDDocument doc = PacketTexts.load(pdf)) {
            PDOutlineItem policy = outlineItem(doc, "5:997");
            int redline = PacketTexts.page(doc, child(policy, "Redline"));
            java.util.Map<String, String> fonts = PacketTexts.wordFonts(doc, redline);
            assertThat(fonts.get("always")).as("shared bold word").endsWith("+LiberationSerif-Bold");
            assertThat(fonts.get("principal")).as("inserted bold word").endsWith("+LiberationSerif-Bold");
            assertThat(fonts.get("one")).as("deleted italic word").endsWith("+LiberationSerif-Italic");
            assertThat(fonts.get("two")).as("inserted bold italic word").endsWith("+LiberationSerif-BoldItalic");
            assertThat(fonts.get("injury")).as("plain word").endsWith("+LiberationSerif");
            assertThat(fonts.get("office")).as("deleted plain word").endsWith("+LiberationSerif");
        }
        assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void aVeryLongCommentIsSplitAcrossPagesAndNothingRunsPastTheFoot() throws Exception {
        StringBuilder comment = new StringBuilder();
        for (int i = 1; comment.length() < 14_000; i++) {
            comment.append("Sentence s").append(i).append("x of a very long comment explaining the change. ");
        }
        StringBuilder draft = new StringBuilder("\n\nDocument Status: Draft Update\n\nGeneral Personnel\n\n"
                + "5:996 Long Comments\n\nPurpose\n\nThe first paragraph PRESSPlus1 refers to the long comment.\n\n");
        for (int c = 2; c <= 60; c++) {
            draft.append("Paragraph ").append(c).append(" of the policy PRESSPlus").append(c).append(".\n\n");
        }
        draft.append("PRESSPlus Comments\n\nPRESSPlus 1. ").append(comment.toString().strip()).append('\n');
        for (int c = 2; c <= 60; c++) {
            draft.append("\nPRESSPlus ").append(c).append(". Comment number ").append(c)
                    .append(" differs from the others, so the memo lists it on its own.\n");
        }
        PolicyDocument parsed = new PressParser().parse(draft.toString());
        assertThat(parsed.comment(1)).isPresent();
        byte[] pdf = new BoardPacketWriter().toBytes(Packets.packet("District", List.of(Packets.policy(null, parsed))),
                PacketMonitor.NONE);
        try (PDDocument doc = PacketTexts.load(pdf)) {
            List<String> below = PacketTexts.textBelow(doc, 792 - 72 + 4);
            assertThat(below).as("text past the foot of the body, where only the footer belongs")
                    .allMatch(line -> line.strip().matches("(DRAFT for board review)?\\s*(Page \\d+ of \\d+)?"));
            String all = PacketTexts.text(doc, 1, doc.getNumberOfPages());
            assertThat(all).contains("(note continued from the previous page)");
            List<String> sentences = PacketTexts.words(comment.toString());
            assertThat(PacketTexts.missingFrom(PacketTexts.words(all), sentences)).isEqualTo(-1);
            assertThat(PacketTexts.missingFrom(PacketTexts.words(all),
                    PacketTexts.words("Comment number 60 differs from the others"))).isEqualTo(-1);
        }
        assertThat(PdfChecks.pdfaFailures(pdf)).isEmpty();
    }

    private static List<String> fontNames(PDDocument doc) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }

    private static PDOutlineItem outlineItem(PDDocument doc, String titleStart) {
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().startsWith(titleStart)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark starting " + titleStart);
    }

    private static PDOutlineItem child(PDOutlineItem parent, String titleStart) {
        for (PDOutlineItem item : parent.children()) {
            if (item.getTitle().startsWith(titleStart)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark starting " + titleStart + " under " + parent.getTitle());
    }

    static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
