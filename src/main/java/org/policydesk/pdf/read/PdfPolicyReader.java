package org.policydesk.pdf.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.policydesk.model.SourceFormat;
import org.policydesk.text.LineEvidence;
import org.policydesk.text.PlainTextLines;
import org.policydesk.text.ReadDocument;

/**
 * Reads a PDF into evidence lines: each printed line with its page, left edge, size and boldness; running
 * heads and feet, page numbers and print stamps left out ({@link PageFurniture}); a cover and contents pages
 * left out ({@link FrontMatter}). A paragraph or list item cut by a page break continues on the next page as
 * the same paragraph. A PDF without a text layer, an encrypted one and a damaged one are refused.
 */
public final class PdfPolicyReader {

    /** A page holding fewer letters than this has no text layer worth the name. */
    private static final int MIN_LETTERS_PER_PAGE = 12;

    public ReadDocument read(String fileName, byte[] bytes) throws PdfRefusedException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new PdfRefusedException(fileName + " has no pages", null);
            }
            List<PositionedLine> lines = new PdfLineStripper().lines(pdf);
            long letters = lines.stream().mapToLong(l -> l.text().chars().filter(Character::isLetter).count()).sum();
            if (letters < (long) MIN_LETTERS_PER_PAGE * pages) {
                throw new PdfRefusedException(fileName + " has no text layer (it looks like a scanned image);"
                        + " text recognition (OCR) is not part of PolicyDesk, so there is nothing to import."
                        + " Ask for a PDF with text, or the page as a web page or Word file.", null);
            }
            String title = pdf.getDocumentInformation() == null || pdf.getDocumentInformation().getTitle() == null
                    ? "" : pdf.getDocumentInformation().getTitle().trim();
            return new ReadDocument(fileName, SourceFormat.PDF, evidence(lines, pages), Map.of(),
                    runningLines(lines, pages), title, null, bodySize(lines));
        } catch (InvalidPasswordException e) {
            throw new PdfRefusedException(fileName + " is encrypted with a password; save an unprotected copy"
                    + " (or print it to PDF) and import that", e);
        } catch (IOException e) {
            throw new PdfRefusedException(fileName + " is damaged or not a PDF (" + e.getMessage() + ")", e);
        }
    }

    private static List<LineEvidence> evidence(List<PositionedLine> all, int pages) {
        Set<Integer> furniture = PageFurniture.find(all, pages, bodySize(all));
        Map<Integer, List<PositionedLine>> byPage = new HashMap<>();
        for (int k = 0; k < all.size(); k++) {
            if (!furniture.contains(k)) {
                byPage.computeIfAbsent(all.get(k).page(), p -> new ArrayList<>()).add(all.get(k));
            }
        }
        List<LineEvidence> out = new ArrayList<>();
        float leftMargin = (float) all.stream().mapToDouble(PositionedLine::left).min().orElse(0);
        PositionedLine previous = null;
        for (int page = 1; page <= pages; page++) {
            List<PositionedLine> lines = byPage.getOrDefault(page, List.of());
            if ((page == 1 && FrontMatter.isCover(lines, pages)) || FrontMatter.isContentsPage(lines)) {
                continue;
            }
            for (PositionedLine l : lines) {
                boolean starts = previous == null || startsParagraph(previous, l);
                out.add(PlainTextLines.laidOut(l.text(), l.page(), l.left() - leftMargin, l.fontSize(), l.bold(),
                        starts));
                previous = l;
            }
        }
        return out;
    }

    /**
     * The running heads and feet, once each: like a web page's breadcrumb they may state the section
     * ("Section 5 - Personnel"), which the recogniser weighs; they never reach the text.
     */
    private static List<String> runningLines(List<PositionedLine> all, int pages) {
        Set<Integer> furniture = PageFurniture.find(all, pages, bodySize(all));
        return furniture.stream().sorted().map(k -> all.get(k).text()).distinct().limit(20).toList();
    }

    /**
     * A gap wider than one and a half lines starts a paragraph; across a page break, only a finished sentence
     * does (a sentence cut by the break runs on).
     */
    private static boolean startsParagraph(PositionedLine previous, PositionedLine line) {
        if (previous.page() != line.page()) {
            String t = previous.text();
            char last = t.charAt(t.length() - 1);
            return ".!?:;)\"”".indexOf(last) >= 0 && !Character.isLowerCase(line.text().charAt(0));
        }
        float gap = line.top() - previous.top();
        float size = Math.max(previous.fontSize(), 1);
        return gap > 1.6f * size || line.fontSize() > previous.fontSize() + 1 || line.bold() != previous.bold();
    }

    /** The size most text between the margins is set in. */
    private static float bodySize(List<PositionedLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PositionedLine l : lines) {
            if (!l.inMargin()) {
                chars.merge(l.fontSize(), l.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
