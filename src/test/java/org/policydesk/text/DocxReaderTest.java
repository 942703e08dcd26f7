package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.RunStyle;

/** Word documents written with POI in the test, read into PRESS text and parsed like any other text. */
class DocxReaderTest {

    private final PressParser parser = new PressParser();

    @Test
    void aPressPolicyInWordKeepsHeadingsListsEmphasisAndPressPlusFootnotes() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = numbering(doc);
            para(doc, "General Personnel");
            para(doc, "5:125 Personal Technology and Social Media; Usage and Conduct");
            para(doc, "Definitions");
            XWPFParagraph def = doc.createParagraph();
            run(def, "Social media", false, true);
            run(def, " - Media for social interaction, such as Discord,", false, false);
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("Updated for continuous improvement. Issue 117, October 2024");
            XWPFRun before = def.createRun();
            before.setText("");
            def.addFootnoteReference(note);
            run(def, " Tik Tok and **others**.", false, false);
            para(doc, "Usage and Conduct");
            item(doc, numId, 0, "Adhere to the ", "high standards");
            item(doc, numId, 1, "Inform their building staff.", null);
            item(doc, numId, 1, "Remind their building staff.", null);
            item(doc, numId, 0, "Use a District-provided method.", null);
            para(doc, "CROSS REF.: 5:120 (Employee Ethics), 6:235 (Access to Electronic Networks)");
            para(doc, "Adopted: June 21, 2023");
            docx = bytes(doc);
        }

        String text = new DocxReader().read(new ByteArrayInputStream(docx));
        PolicyDocument parsed = parser.parse(text);

        assertThat(parsed.number()).hasToString("5:125");
        assertThat(parsed.title()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
        assertThat(parsed.section()).isEqualTo("General Personnel");
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(b -> b.text())
                .containsExactly("Definitions", "Usage and Conduct");
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM)
                .extracting(b -> b.label() + "@" + b.level())
                .containsExactly("1.@0", "a.@1", "b.@1", "2.@0");
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).first()
                .satisfies(b -> assertThat(b.runs()).anySatisfy(r -> {
                    assertThat(r.style()).isEqualTo(RunStyle.BOLD);
                    assertThat(r.text()).isEqualTo("high standards");
                }));
        assertThat(parsed.blocks()).anySatisfy(b -> assertThat(b.runs()).anySatisfy(r -> {
            assertThat(r.style()).isEqualTo(RunStyle.ITALIC);
            assertThat(r.text()).isEqualTo("Social media");
        }));
        assertThat(text).contains("Discord, PRESSPlus1 Tik Tok");
        assertThat(parsed.comments()).singleElement().satisfies(c -> {
            assertThat(c.n()).isEqualTo(1);
            assertThat(c.issue()).isEqualTo(117);
        });
        assertThat(parsed.crossRefs()).extracting(r -> r.number().toString()).containsExactly("5:120", "6:235");
        assertThat(parsed.warnings()).isEmpty();
        assertThat(new PressWriter().write(parsed)).isEqualTo(text);
    }

    @Test
    void aFootnoteThatIsNotAPressPlusCommentStaysANumberedFootnote() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, "2:20 Powers and Duties of the School Board");
            XWPFParagraph p = doc.createParagraph();
            run(p, "The Board shall act.", false, false);
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("See the School Code.");
            p.addFootnoteReference(note);
            docx = bytes(doc);
        }

        String text = new DocxReader().read(new ByteArrayInputStream(docx));

        assertThat(text).contains("The Board shall act.[1]").contains("Footnotes\n\n[1] See the School Code.")
                .doesNotContain("PRESSPlus");
    }

    @Test
    void wordHeadingStylesBecomeHeadingsAndTheTitleStyleWithItsNumberBecomesTheTitle() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title", null, null);
            style(styles, "Heading1", "heading 1", null, null);
            // A German Word names its style ids in German; the built-in name stays "heading 2".
            style(styles, "berschrift2", "heading 2", null, null);
            style(styles, "OwnHeading", "District Heading", "Heading1", null);
            styled(doc, "Normal", "General Personnel");
            styled(doc, "Normal", "Policy 5:125");
            styled(doc, "Title", "Personal Technology and Social Media; Usage and Conduct");
            // Long and ending in a full stop: only the style says it is a heading.
            styled(doc, "Heading1", "Guidelines for staff members who use personal technology at school or at home.");
            styled(doc, "Normal", "Employees shall follow these guidelines.");
            styled(doc, "berschrift2", "Exceptions, limits and the conduct expected of every single employee here.");
            styled(doc, "Normal", "The Superintendent may grant exceptions.");
            styled(doc, "OwnHeading", "Reporting of misuse by staff, students, parents and community members.");
            styled(doc, "Normal", "Report misuse to the building principal.");
            docx = bytes(doc);
        }

        String text = new DocxReader().read(new ByteArrayInputStream(docx));
        PolicyDocument parsed = parser.parse(text);

        assertThat(parsed.number()).hasToString("5:125");
        assertThat(parsed.title()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
        assertThat(parsed.section()).isEqualTo("General Personnel");
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(b -> b.text())
                .containsExactly("Guidelines for staff members who use personal technology at school or at home.",
                        "Exceptions, limits and the conduct expected of every single employee here.",
                        "Reporting of misuse by staff, students, parents and community members.");
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.PARAGRAPH).extracting(b -> b.text())
                .containsExactly("Employees shall follow these guidelines.", "The Superintendent may grant exceptions.",
                        "Report misuse to the building principal.");
        assertThat(text).doesNotContain("Policy 5:125");
        assertThat(parsed.warnings()).isEmpty();
        assertThat(new PressWriter().write(parsed)).isEqualTo(text);
    }

    @Test
    void listsNumberedThroughTheirStyleCountFromTheirStartValue() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger upper = numbering(doc, STNumberFormat.UPPER_LETTER, "%1)", 3);
            XWPFStyles styles = doc.createStyles();
            style(styles, "ListLetter", "List Letter", null, upper);
            para(doc, "7:10 Equal Educational Opportunities");
            para(doc, "Students shall not be excluded on any of these grounds:");
            styled(doc, "ListLetter", "race or color;");
            styled(doc, "ListLetter", "religion;");
            styled(doc, "ListLetter", "sex.");
            docx = bytes(doc);
        }

        PolicyDocument parsed = parser.parse(new DocxReader().read(new ByteArrayInputStream(docx)));

        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM)
                .extracting(b -> b.label() + " " + b.text())
                .containsExactly("C) race or color;", "D) religion;", "E) sex.");
    }

    @Test
    void aDamagedDocumentIsRefusedWithAClearMessage() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            para(doc, "5:125 Title");
            docx = bytes(doc);
        }
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);

        assertThatThrownBy(() -> new DocxReader().read(new ByteArrayInputStream(cut)))
                .isInstanceOf(DocxReader.UnreadableDocxException.class)
                .hasMessageStartingWith("is not a readable Word document");
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
    }

    private static void item(XWPFDocument doc, BigInteger numId, int level, String text, String boldTail) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, false, false);
        if (boldTail != null) {
            run(p, boldTail, true, false);
        }
    }

    private static void style(XWPFStyles styles, String id, String name, String basedOn, BigInteger numId) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (numId != null) {
            style.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void styled(XWPFDocument doc, String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
    }

    /** A one-level list in {@code format}, labelled like {@code levelText}, counting from {@code start}. */
    private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String levelText, int start) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(7));
        CTLvl l0 = abs.addNewLvl();
        l0.setIlvl(BigInteger.ZERO);
        l0.addNewNumFmt().setVal(format);
        l0.addNewLvlText().setVal(levelText);
        l0.addNewStart().setVal(BigInteger.valueOf(start));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    /** A list: "1." at level 0, "a." at level 1. */
    static BigInteger numbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl l0 = abs.addNewLvl();
        l0.setIlvl(BigInteger.ZERO);
        l0.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        l0.addNewLvlText().setVal("%1.");
        l0.addNewStart().setVal(BigInteger.ONE);
        CTLvl l1 = abs.addNewLvl();
        l1.setIlvl(BigInteger.ONE);
        l1.addNewNumFmt().setVal(STNumberFormat.LOWER_LETTER);
        l1.addNewLvlText().setVal("%2.");
        l1.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }
}
