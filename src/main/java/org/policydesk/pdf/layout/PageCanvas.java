package org.policydesk.pdf.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws set lines and rules on one page's content stream. Text stays in one text object while it can;
 * underlines and strike-through rules are drawn after it, in the text's colour.
 */
public final class PageCanvas {

    /** A link from a rectangle on this page to an anchor. */
    public record Link(PDRectangle area, String anchorKey) {
    }

    private final PDPageContentStream stream;
    private final FontSet fonts;
    private final Map<String, Integer> anchorPages;
    private final List<Link> links = new ArrayList<>();
    private boolean inText;
    private PDFont currentFont;
    private FontSet.Face currentFace;
    private final TextOperator textOperator = new TextOperator();
    private float currentSize = -1;
    private int currentRgb = -1;
    /** Where the text object's current line starts: text is placed by relative moves (Td) from here. */
    private float lineX;
    private float lineY;

    public PageCanvas(PDPageContentStream stream, FontSet fonts, Map<String, Integer> anchorPages) {
        this.stream = stream;
        this.fonts = fonts;
        this.anchorPages = anchorPages;
    }

    public FontSet fonts() {
        return fonts;
    }

    /** The 1-based page number an anchor landed on, or 0 when it is unknown. */
    public int pageOf(String anchorKey) {
        return anchorPages.getOrDefault(anchorKey, 0);
    }

    public List<Link> links() {
        return links;
    }

    public void link(float x, float y, float width, float height, String anchorKey) {
        links.add(new Link(new PDRectangle(x, y, width, height), anchorKey));
    }

    /** Draws a set line with its first fragment's left edge at {@code x}. */
    public void line(Line line, float x, float baseline) {
        try {
            for (Fragment f : line.fragments()) {
                text(f, x + f.x(), baseline + f.style().rise());
            }
            boolean decorated = false;
            for (Fragment f : line.fragments()) {
                decorated |= f.style().underline() || f.style().strike();
            }
            if (decorated) {
                decorations(line, x, baseline);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text in one font at a point, without layout. */
    public void text(String text, FontFace face, float size, int rgb, float x, float baseline) {
        Style style = Style.of(face, size).colour(rgb);
        float dx = 0;
        for (FontSet.Piece piece : fonts.shape(text, face)) {
            float w = piece.width1000() * size / 1000f;
            try {
                text(new Fragment(piece.text(), piece.font(), style, 0, w), x + dx, baseline);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dx += w;
        }
    }

    private void text(Fragment f, float x, float y) throws IOException {
        if (!inText) {
            stream.beginText();
            inText = true;
            lineX = 0;
            lineY = 0;
        }
        float size = f.style().glyphSize();
        if (f.font() != currentFont || size != currentSize) {
            stream.setFont(f.font(), size);
            currentFont = f.font();
            currentFace = fonts.faceOf(currentFont);
            currentSize = size;
        }
        colour(f.style().rgb());
        // A relative move writes two numbers where a text matrix writes six, on every fragment of every line.
        stream.newLineAtOffset(x - lineX, y - lineY);
        lineX = x;
        lineY = y;
        byte[] operator = currentFace == null ? null : textOperator.of(f.text(), currentFace);
        if (operator == null) {
            stream.showText(f.text());
        } else {
            showEncoded(operator);
        }
    }

    /** Writes a show-text operator whose bytes PDFBox would have written itself (see {@link TextOperator}). */
    @SuppressWarnings("deprecation") // "Discouraged" because the bytes are not checked: these are PDFBox's own.
    private void showEncoded(byte[] operator) throws IOException {
        stream.appendRawCommands(operator);
    }

    private void decorations(Line line, float x, float baseline) throws IOException {
        endText();
        for (Fragment f : line.fragments()) {
            Style s = f.style();
            float thickness = Math.max(0.5f, s.size() * 0.055f);
            if (s.underline()) {
                rect(x + f.x(), baseline - s.size() * 0.13f, f.width(), thickness, s.rgb());
            }
            if (s.strike()) {
                rect(x + f.x(), baseline + s.size() * 0.27f, f.width(), thickness, s.rgb());
            }
        }
    }

    /** A filled rectangle (rules, underlines, table borders). */
    public void rect(float x, float y, float width, float height, int rgb) {
        try {
            endText();
            colour(rgb);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws an image (a scanned or drawn signature) scaled into the rectangle. */
    public void image(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image, float x, float y, float width,
                      float height) {
        try {
            endText();
            stream.drawImage(image, x, y, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An unfilled rectangle outline. */
    public void frame(float x, float y, float width, float height, float lineWidth, int rgb) {
        try {
            endText();
            stream.setStrokingColor(r(rgb), g(rgb), b(rgb));
            stream.setLineWidth(lineWidth);
            stream.addRect(x, y, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void colour(int rgb) throws IOException {
        if (rgb != currentRgb) {
            stream.setNonStrokingColor(r(rgb), g(rgb), b(rgb));
            currentRgb = rgb;
        }
    }

    private static float r(int rgb) {
        return ((rgb >> 16) & 0xFF) / 255f;
    }

    private static float g(int rgb) {
        return ((rgb >> 8) & 0xFF) / 255f;
    }

    private static float b(int rgb) {
        return (rgb & 0xFF) / 255f;
    }

    /** Closes an open text object; call before the stream is closed. */
    public void finish() {
        try {
            endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endText() throws IOException {
        if (inText) {
            stream.endText();
            inText = false;
        }
    }
}
