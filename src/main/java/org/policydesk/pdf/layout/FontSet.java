package org.policydesk.pdf.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: the body faces and the CJK fallback, embedded as subsets. Measures text on
 * the fonts' own advance widths and splits text into pieces that one font can show. A character that no
 * font has becomes U+FFFD (a visible replacement), never {@code .notdef} and never an exception.
 *
 * <p>GSUB (ligatures) is switched off: PDFBox 3 spends most of its text time there, and plain glyphs also
 * keep text extraction exact. See docs/decisions/0010-pdf-fonts.md.
 */
public final class FontSet implements Closeable {

    public static final int REPLACEMENT = 0xFFFD;

    private final PDDocument document;
    private final FontFiles files;
    private final Map<FontFace, Face> faces = new EnumMap<>(FontFace.class);
    private final List<Closeable> toClose = new ArrayList<>();
    private Face fallback;
    private TrueTypeCollection collection;

    public FontSet(PDDocument document, FontFiles files) {
        this.document = document;
        this.files = files;
    }

    /**
     * One font: the PDF font, its glyph lookup and a cache of advance widths in 1/1000 em. The cache holds
     * every BMP character once looked up, with a negative width for a character the font has no glyph for,
     * so measuring a word costs one array read per character.
     */
    static final class Face {
        private static final float UNKNOWN = Float.NaN;
        private static final float MISSING = -1f;

        final PDType0Font font;
        final CmapLookup cmap;
        private final TrueTypeFont ttf;
        private final float[] bmpAdvance = new float[0x10000];
        private final float scale;
        /** Identity-H glyph code per BMP character once shown, 0 when not yet looked up; see {@link #code}. */
        private char[] codes;

        Face(PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.font = font;
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.scale = 1000f / ttf.getUnitsPerEm();
            Arrays.fill(bmpAdvance, UNKNOWN);
        }

        boolean has(int cp) {
            return advance(cp) >= 0;
        }

        /** The advance width of the character's glyph in 1/1000 em, or a negative number when there is none. */
        float advance(int cp) {
            if (cp < bmpAdvance.length) {
                float w = bmpAdvance[cp];
                if (w != w) { // NaN: not looked up yet.
                    w = lookUp(cp);
                    bmpAdvance[cp] = w;
                }
                return w;
            }
            return lookUp(cp);
        }

        /**
         * The two-byte glyph code PDFBox writes for the character, or -1 when it has none of two bytes (a
         * surrogate, no glyph). The first time a character is asked for it is also added to the font's subset,
         * as PDFBox's {@code showText} does on every call: that per-character lookup, with a boxed hash-set
         * insert, was a fifth of the packet's time.
         */
        int code(char c) {
            if (codes == null) {
                codes = new char[0x10000];
            }
            char code = codes[c];
            if (code == 0) {
                code = lookUpCode(c);
                codes[c] = code;
            }
            return code == NO_CODE ? -1 : code;
        }

        private static final char NO_CODE = 0xFFFF;

        private char lookUpCode(char c) {
            if (Character.isSurrogate(c)) {
                return NO_CODE;
            }
            byte[] bytes;
            try {
                bytes = font.encode(String.valueOf(c));
            } catch (IOException | IllegalArgumentException e) {
                return NO_CODE; // PDFBox's own showText reports it.
            }
            if (bytes.length != 2 || bytes[0] == 0 && bytes[1] == 0 || bytes[0] == -1 && bytes[1] == -1) {
                return NO_CODE;
            }
            if (font.willBeSubset()) {
                font.addToSubset(c);
            }
            return (char) ((bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF);
        }

        private float lookUp(int cp) {
            int gid = cmap.getGlyphId(cp);
            if (gid == 0) {
                return MISSING;
            }
            try {
                return ttf.getAdvanceWidth(gid) * scale;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A piece of text that one font shows. */
    public record Piece(String text, PDFont font, float width1000) {
    }

    /** The face whose PDF font this is, or null for a font not of this set. */
    Face faceOf(PDFont font) {
        for (Face face : faces.values()) {
            if (face.font == font) {
                return face;
            }
        }
        return fallback != null && fallback.font == font ? fallback : null;
    }

    public PDFont font(FontFace face) {
        return face(face).font;
    }

    /** Width of {@code text} in points at {@code size}, as {@link #shape} would set it. */
    public float width(String text, FontFace face, float size) {
        float simple = simpleWidth(text, face(face));
        if (simple >= 0) {
            return simple * size / 1000f;
        }
        float total = 0;
        for (Piece piece : shape(text, face)) {
            total += piece.width1000();
        }
        return total * size / 1000f;
    }

    /**
     * Splits text into pieces per font: the face where it has the glyph, else the fallback, else U+FFFD.
     * Tabs and line breaks become spaces; other control characters are dropped.
     */
    public List<Piece> shape(String text, FontFace faceName) {
        Face face = face(faceName);
        float simple = simpleWidth(text, face);
        if (simple >= 0) {
            return List.of(new Piece(text, face.font, simple));
        }
        List<Piece> out = new ArrayList<>(2);
        StringBuilder run = new StringBuilder(text.length());
        Face runFace = null;
        float runWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
                cp = ' ';
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            Face use = face;
            if (!face.has(cp)) {
                use = fallback();
                if (!use.has(cp)) {
                    cp = REPLACEMENT;
                }
            }
            if (use != runFace && runFace != null) {
                out.add(new Piece(run.toString(), runFace.font, runWidth));
                run.setLength(0);
                runWidth = 0;
            }
            runFace = use;
            run.appendCodePoint(cp);
            runWidth += use.advance(cp);
        }
        if (runFace != null) {
            out.add(new Piece(run.toString(), runFace.font, runWidth));
        }
        return out;
    }

    /** The text's width when the face shows all of it as it is (the usual case), else -1. */
    private static float simpleWidth(String text, Face face) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0xA0 || Character.isSurrogate(c) || c >= 0x7F && c < 0xA0
                    || c > 0xFF && Character.getType(c) == Character.FORMAT) {
                return -1;
            }
            float w = face.advance(c);
            if (w < 0) {
                return -1;
            }
            width += w;
        }
        return width;
    }

    /** Ascent of the body font, as a fraction of the font size. */
    public float ascent() {
        return 0.891f;
    }

    /** Descent of the body font (positive), as a fraction of the font size. */
    public float descent() {
        return 0.216f;
    }

    Face face(FontFace name) {
        Face face = faces.get(name);
        if (face == null) {
            try {
                face = load(new TTFParser().parse(new RandomAccessReadBuffer(files.face(name))), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name.file(), e);
            }
            faces.put(name, face);
        }
        return face;
    }

    Face fallback() {
        if (fallback == null) {
            try {
                collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(files.fallback()));
                toClose.add(collection);
                fallback = load(collection.getFontByName(FontFiles.FALLBACK_NAME), false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the fallback font", e);
            }
        }
        return fallback;
    }

    private Face load(TrueTypeFont ttf, boolean own) {
        try {
            if (own) {
                toClose.add(ttf);
            }
            ttf.setEnableGsub(false);
            return new Face(PDType0Font.load(document, ttf, true), ttf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load a font", e);
        }
    }

    /** Closes the parsed font files; call after the document is saved (subsetting reads them). */
    @Override
    public void close() {
        for (Closeable c : toClose) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Closing an in-memory font cannot lose data.
            }
        }
        toClose.clear();
    }
}
