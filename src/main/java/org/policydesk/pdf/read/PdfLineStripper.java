package org.policydesk.pdf.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, listening for each line's glyphs instead of writing text: where the line starts, the
 * size most of its glyphs are set in, and whether they are bold.
 */
final class PdfLineStripper extends PDFTextStripper {

    private final List<PositionedLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();

    PdfLineStripper() throws IOException {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(false);
        setAddMoreFormatting(false);
    }

    List<PositionedLine> lines(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return lines;
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        text.append(string);
        glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        String t = text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
        if (!t.isEmpty() && !glyphs.isEmpty()) {
            TextPosition first = glyphs.get(0);
            float left = Float.MAX_VALUE;
            int boldCount = 0;
            Map<Float, Integer> sizes = new HashMap<>();
            for (TextPosition g : glyphs) {
                left = Math.min(left, g.getXDirAdj());
                if (isBold(g.getFont())) {
                    boldCount++;
                }
                sizes.merge((float) Math.round(g.getFontSizeInPt() * 2) / 2, 1, Integer::sum);
            }
            float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            lines.add(new PositionedLine(t, getCurrentPageNo(), first.getYDirAdj(), left, size,
                    boldCount > 0.8 * glyphs.size(), first.getPageHeight()));
        }
        text.setLength(0);
        glyphs.clear();
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor d = f.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || name.contains("semibold") || name.contains("demi")
                    || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
        });
    }
}
