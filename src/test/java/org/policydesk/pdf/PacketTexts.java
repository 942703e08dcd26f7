package org.policydesk.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import org.policydesk.model.Block;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;

/** Reading packets back: words, pages of a bookmark, subsequence checks. */
final class PacketTexts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private PacketTexts() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words a clean draft must show: every block a reader sees, markers and comments aside. */
    static List<String> draftWords(PolicyDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Block b : doc.blocks()) {
            switch (b.kind()) {
                case BLANK, STATUS, COMMENTS_HEADING, COMMENT, PAGE_FURNITURE -> { }
                default -> {
                    sb.append(' ').append(b.label()).append(' ');
                    for (Run r : b.runs()) {
                        if (r.style() != RunStyle.MARKER) {
                            sb.append(r.text());
                        }
                    }
                }
            }
        }
        return words(sb.toString());
    }

    /** Index in {@code haystack} just past where {@code needle} ends as a subsequence, or -1. */
    static int missingFrom(List<String> haystack, List<String> needle) {
        int at = 0;
        for (int i = 0; i < needle.size(); i++) {
            while (at < haystack.size() && !haystack.get(at).equals(needle.get(i))) {
                at++;
            }
            if (at == haystack.size()) {
                return i;
            }
            at++;
        }
        return -1;
    }

    /** The text of pages {@code from} to {@code to} (1-based, inclusive). */
    static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    static int page(PDDocument doc, PDOutlineItem item) throws IOException {
        PDPageDestination dest = (PDPageDestination) item.getDestination();
        return doc.getPages().indexOf(dest.getPage()) + 1;
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
    /** Each word of a page with its font; a change of font ends a word (a deletion next to an insertion). */
    static java.util.Map<String, String> wordFonts(PDDocument doc, int page) throws IOException {
        java.util.Map<String, String> fonts = new java.util.HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                StringBuilder word = new StringBuilder();
                String font = null;
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    String c = p.getUnicode();
                    boolean letter = !c.isBlank() && Character.isLetterOrDigit(c.codePointAt(0));
                    boolean newFont = word.length() > 0 && !font.equals(p.getFont().getName());
                    if (!letter || newFont) {
                        if (word.length() > 0) {
                            fonts.putIfAbsent(word.toString(), font);
                        }
                        word.setLength(0);
                        if (!letter) {
                            continue;
                        }
                    }
                    if (word.length() == 0) {
                        font = p.getFont().getName();
                    }
                    word.append(c);
                }
                if (word.length() > 0) {
                    fonts.putIfAbsent(word.toString(), font);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return fonts;
    }

    /** Every line of text, on any page, whose glyphs reach lower than {@code fromTop} points from the top. */
    static List<String> textBelow(PDDocument doc, float fromTop) throws IOException {
        List<String> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    if (p.getYDirAdj() > fromTop) {
                        lines.add(text);
                        return;
                    }
                }
            }
        };
        stripper.getText(doc);
        return lines;
    }
}
