package org.policydesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetLine;
import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.FontFiles;
import org.policydesk.pdf.layout.FontSet;

/**
 * The acknowledgment-sheet writer (and the layout engine and font set under it) on any Unicode text: lone
 * surrogates, control characters, right-to-left scripts, emoji, unassigned code points. It always produces a PDF
 * that PDFBox opens, and a character no font has is drawn as a visible U+FFFD, never dropped silently.
 */
class PdfUnicodeProperties {

    private static final AcknowledgmentSheetWriter WRITER = new AcknowledgmentSheetWriter();
    private static final PDDocument SCRATCH = new PDDocument();
    private static final FontSet FONTS = new FontSet(SCRATCH, FontFiles.shipped());

    @AfterContainer
    static void closeFonts() throws IOException {
        FONTS.close();
        SCRATCH.close();
    }

    /** The whole writer is slow per try (fonts subset, QR code), so fewer tries here and 1,000 on the font set below. */
    @Property(tries = 60)
    void anyTextGivesAPdfThatOpens(@ForAll("hostile") String text) throws IOException {
        byte[] pdf = WRITER.toBytes(sheet(text));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
    }

    @Property(tries = 1000)
    void theFontSetShapesAnyTextIntoPiecesItsFontsCanDraw(@ForAll("hostile") String text) throws IOException {
        for (FontFace face : FontFace.values()) {
            float width = FONTS.width(text, face, 10);
            assertThat(width).isNotNaN().isGreaterThanOrEqualTo(0);
            for (FontSet.Piece piece : FONTS.shape(text, face)) {
                // What drawing does with the piece: encoding it must succeed (no .notdef, no exception).
                assertThat(piece.font().encode(piece.text())).isNotNull();
            }
        }
    }

    @Property(tries = 1000)
    void aCharacterNoFontHasIsShapedAsAReplacement(@ForAll("unassigned") int codePoint) {
        String shaped = FONTS.shape("Staff " + new String(Character.toChars(codePoint)) + " member", FontFace.REGULAR)
                .stream().map(FontSet.Piece::text).collect(java.util.stream.Collectors.joining());
        assertThat(shaped).isEqualTo("Staff \uFFFD member");
    }

    @Example
    void theReplacementIsVisibleInTheWrittenPdf() throws IOException {
        byte[] pdf = WRITER.toBytes(sheet("Staff \u0378 member"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Staff \uFFFD member");
        }
    }

    private static SheetDocument sheet(String text) {
        return new SheetDocument(text, "5:125", text, 1, "June 12, 2025", "ab".repeat(32),
                "I have read " + text + ".", "AK-PROP-0001", SheetLayout.SHEET,
                List.of(new SheetLine(1, "000417", text, text), new SheetLine(2, "000418", "Staff " + text + " member",
                        "Teacher")), List.of(), Map.of(), 20);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMaxLength(30),
                Arbitraries.of("\uD800", "\uDFFF", "\uD83D\uDE42", "\u0000\u0007\u001B", "\u202E", "\u200D", "\uFEFF",
                        "\u0378", "\uE000", "\t\r\n", "\uFFFF", "王小明", "Émilie Ng\u0169yễn", "\uD83D\uDC68\u200D\uD83D\uDC69"),
                Arbitraries.integers().between(0, 0x10FFFF).filter(Character::isValidCodePoint)
                        .map(cp -> new String(Character.toChars(cp))));
        return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Integer> unassigned() {
        return Arbitraries.integers().between(0x0378, 0x10FFFF)
                .filter(cp -> Character.getType(cp) == Character.UNASSIGNED);
    }
}
