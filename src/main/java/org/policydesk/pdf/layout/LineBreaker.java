package org.policydesk.pdf.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks styled text into lines on the fonts' real advance widths (first fit, ragged right). Spaces are
 * break points; so is the gap between two CJK characters. A word wider than the line (a long citation or
 * URL) breaks after a slash, hyphen or full stop where it can, and between any two characters where not.
 *
 * <p>A paragraph is read once into a buffer of shown characters (tabs and line breaks become one space, a
 * run of spaces becomes one, characters no font has become U+FFFD) cut into pieces of one font and style;
 * words and lines are index ranges over that buffer. So breaking allocates little more than the lines it
 * returns, and each word is measured once, from per-character widths the font faces cache. The buffers are
 * reused from one paragraph to the next: a breaker belongs to one document being written, on one thread.
 */
public final class LineBreaker {

    private static final float LEADING = 1.22f;
    private static final float SLACK = 0.01f;
    private static final byte WORD = 0;
    private static final byte SPACE = 1;
    private static final byte CJK = 2;

    private final FontSet fonts;

    // The paragraph: shown characters, and pieces of them in one face and style.
    private final StringBuilder text = new StringBuilder(1024);
    private int pieceCount;
    private int[] pieceStart = new int[64];
    private int[] pieceEnd = new int[64];
    private float[] pieceWidth = new float[64];
    private FontSet.Face[] pieceFace = new FontSet.Face[64];
    private Style[] pieceStyle = new Style[64];

    // Words, spaces and CJK characters: ranges of pieces with their width in points.
    private int tokenCount;
    private int[] tokenFirst = new int[64];
    private int[] tokenEnd = new int[64];
    private float[] tokenWidth = new float[64];
    private byte[] tokenKind = new byte[64];

    // The line being filled: segments are whole pieces, or parts of one where a too-wide word was cut.
    private int segCount;
    private int[] segPiece = new int[32];
    private int[] segStart = new int[32];
    private int[] segEnd = new int[32];
    private float[] segWidth = new float[32];

    public LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * @param width  the measure in points
     * @param indent where every line starts (a hanging indent's text column)
     */
    public List<Line> lines(List<Span> spans, float width, float indent) {
        tokenise(spans);
        Notes notes = Notes.of(spans);
        List<Line> lines = new ArrayList<>();
        float available = width - indent;
        float used = 0;
        int contentEnd = 0; // Segments up to the last word: trailing spaces are not set.
        segCount = 0;
        for (int t = 0; t < tokenCount; t++) {
            float w = tokenWidth[t];
            if (tokenKind[t] == SPACE) {
                if (segCount > 0) {
                    addToken(t);
                    used += w;
                }
                continue;
            }
            if (segCount > 0 && used + w > available + SLACK) {
                lines.add(line(contentEnd, indent, notes));
                segCount = 0;
                used = 0;
            }
            if (w > available) {
                used = split(t, available, used, lines, indent, notes);
            } else {
                addToken(t);
                used += w;
            }
            contentEnd = segCount;
        }
        if (segCount > 0) {
            lines.add(line(contentEnd, indent, notes));
        }
        return lines;
    }

    // ---- reading the paragraph ----------------------------------------------------------------------------------

    private void tokenise(List<Span> spans) {
        text.setLength(0);
        pieceCount = 0;
        tokenCount = 0;
        int wordFirst = -1; // The first piece of the word being read, or -1 between words.
        for (Span span : spans) {
            Style style = span.style();
            FontSet.Face body = fonts.face(style.face());
            float size = style.glyphSize();
            String s = span.text();
            int open = -1; // The piece of this span being extended, or -1.
            float open1000 = 0;
            for (int i = 0, n = s.length(); i < n; ) {
                int cp = s.charAt(i++);
                if (Character.isHighSurrogate((char) cp) && i < n && Character.isLowSurrogate(s.charAt(i))) {
                    cp = Character.toCodePoint((char) cp, s.charAt(i++));
                }
                boolean space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
                boolean cjk = !space && isCjk(cp);
                if (space || cjk) {
                    if (open >= 0) {
                        closePiece(open, open1000, size);
                        open = -1;
                    }
                    if (wordFirst >= 0) {
                        addTokenRange(wordFirst, WORD);
                        wordFirst = -1;
                    }
                    if (space) {
                        if (tokenCount == 0 || tokenKind[tokenCount - 1] != SPACE) {
                            int p = openPiece(body, style);
                            text.append(' ');
                            closePiece(p, body.advance(' '), size);
                            addTokenRange(p, SPACE);
                        }
                        continue;
                    }
                }
                if (cp == 0xA0) {
                    cp = ' '; // A no-break space shows as a space but does not break.
                } else if (!cjk && isInvisible(cp)) {
                    continue;
                }
                FontSet.Face face = body;
                float advance = body.advance(cp);
                if (advance < 0) {
                    face = fonts.fallback();
                    advance = face.advance(cp);
                    if (advance < 0) {
                        cp = FontSet.REPLACEMENT;
                        advance = face.advance(cp);
                    }
                }
                if (cjk) {
                    int p = openPiece(face, style);
                    text.appendCodePoint(cp);
                    closePiece(p, advance, size);
                    addTokenRange(p, CJK);
                    continue;
                }
                if (open >= 0 && pieceFace[open] != face) {
                    closePiece(open, open1000, size);
                    open = -1;
                }
                if (open < 0) {
                    open = openPiece(face, style);
                    open1000 = 0;
                    if (wordFirst < 0) {
                        wordFirst = open;
                    }
                }
                text.appendCodePoint(cp);
                open1000 += advance;
            }
            if (open >= 0) {
                closePiece(open, open1000, size);
            }
        }
        if (wordFirst >= 0) {
            addTokenRange(wordFirst, WORD);
        }
    }

    /** Control and format characters (soft hyphens, zero-width joiners) have no glyph to show. */
    private static boolean isInvisible(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private int openPiece(FontSet.Face face, Style style) {
        if (pieceCount == pieceStart.length) {
            int size = pieceCount * 2;
            pieceStart = Arrays.copyOf(pieceStart, size);
            pieceEnd = Arrays.copyOf(pieceEnd, size);
            pieceWidth = Arrays.copyOf(pieceWidth, size);
            pieceFace = Arrays.copyOf(pieceFace, size);
            pieceStyle = Arrays.copyOf(pieceStyle, size);
        }
        int p = pieceCount++;
        pieceStart[p] = text.length();
        pieceFace[p] = face;
        pieceStyle[p] = style;
        return p;
    }

    private void closePiece(int p, float width1000, float size) {
        pieceEnd[p] = text.length();
        pieceWidth[p] = width1000 * size / 1000f;
    }

    /** A token of the pieces from {@code first} to the last one opened. */
    private void addTokenRange(int first, byte kind) {
        if (tokenCount == tokenFirst.length) {
            int size = tokenCount * 2;
            tokenFirst = Arrays.copyOf(tokenFirst, size);
            tokenEnd = Arrays.copyOf(tokenEnd, size);
            tokenWidth = Arrays.copyOf(tokenWidth, size);
            tokenKind = Arrays.copyOf(tokenKind, size);
        }
        float w = 0;
        for (int p = first; p < pieceCount; p++) {
            w += pieceWidth[p];
        }
        tokenFirst[tokenCount] = first;
        tokenEnd[tokenCount] = pieceCount;
        tokenWidth[tokenCount] = w;
        tokenKind[tokenCount] = kind;
        tokenCount++;
    }

    // ---- filling lines ----------------------------------------------------------------------------------------

    private void addToken(int t) {
        for (int p = tokenFirst[t]; p < tokenEnd[t]; p++) {
            addSegment(p, pieceStart[p], pieceEnd[p], pieceWidth[p]);
        }
    }

    private void addSegment(int piece, int start, int end, float width) {
        if (segCount == segPiece.length) {
            int size = segCount * 2;
            segPiece = Arrays.copyOf(segPiece, size);
            segStart = Arrays.copyOf(segStart, size);
            segEnd = Arrays.copyOf(segEnd, size);
            segWidth = Arrays.copyOf(segWidth, size);
        }
        segPiece[segCount] = piece;
        segStart[segCount] = start;
        segEnd[segCount] = end;
        segWidth[segCount] = width;
        segCount++;
    }

    /**
     * Sets the line's first {@code end} segments: neighbours in the same font and style become one fragment
     * (a superscript marker stays its own, so its footnote can be found).
     */
    private Line line(int end, float indent, Notes notes) {
        List<Fragment> fragments = new ArrayList<>(4);
        List<Footnote> here = List.of();
        float x = 0;
        float maxSize = 0;
        int i = 0;
        while (i < end) {
            int piece = segPiece[i];
            FontSet.Face face = pieceFace[piece];
            Style style = pieceStyle[piece];
            int start = segStart[i];
            float fragmentX = x;
            float width = segWidth[i];
            x += segWidth[i];
            maxSize = Math.max(maxSize, style.size());
            int j = i + 1;
            while (!style.superscript() && j < end && pieceFace[segPiece[j]] == face
                    && sameStyle(pieceStyle[segPiece[j]], style)) {
                width += segWidth[j];
                x += segWidth[j];
                j++;
            }
            fragments.add(new Fragment(text.substring(start, segEnd[j - 1]), face.font, style, fragmentX, width));
            if (style.superscript() && notes.hasNext()) {
                if (here.isEmpty()) {
                    here = new ArrayList<>(2);
                }
                here.add(notes.next());
            }
            i = j;
        }
        if (maxSize == 0) {
            maxSize = 11;
        }
        return new Line(fragments, indent, x, maxSize * fonts.ascent(), maxSize * LEADING, here);
    }

    private static boolean sameStyle(Style a, Style b) {
        return a == b || a.equals(b);
    }

    // ---- words wider than the line ------------------------------------------------------------------------------

    /**
     * Cuts a too-wide word into parts that fit, preferring a cut after '/', '-' or '.', and sets them: the
     * first on the (empty) current line, each next one on a new line. Returns the width used on the last.
     */
    private float split(int t, float available, float used, List<Line> lines, float indent, Notes notes) {
        int first = pieceStart[tokenFirst[t]];
        int last = pieceEnd[tokenEnd[t] - 1];
        int from = first;
        int fromPiece = tokenFirst[t];
        while (from < last) {
            float w = 0;
            int to = from;
            int toPiece = fromPiece;
            int goodCut = -1;
            int goodCutPiece = -1;
            while (to < last) {
                while (to >= pieceEnd[toPiece]) {
                    toPiece++;
                }
                int len = Character.charCount(text.codePointAt(to));
                float cw = charWidth(toPiece, to);
                if (w + cw > available && to > from) {
                    break;
                }
                w += cw;
                char c = text.charAt(to);
                to += len;
                if (c == '/' || c == '-' || c == '.' || c == '_' || c == '?' || c == '&') {
                    goodCut = to;
                    goodCutPiece = toPiece;
                }
            }
            if (to < last && goodCut > from + (to - from) / 3) {
                to = goodCut;
                toPiece = goodCutPiece;
            }
            float partWidth = 0;
            int before = segCount;
            for (int p = fromPiece; p <= toPiece && p < tokenEnd[t]; p++) {
                int s = Math.max(from, pieceStart[p]);
                int e = Math.min(to, pieceEnd[p]);
                if (s < e) {
                    float pw = measure(p, s, e);
                    addSegment(p, s, e, pw);
                    partWidth += pw;
                }
            }
            if (used + partWidth > available + SLACK && before > 0) {
                moveToNewLine(before, lines, indent, notes);
                used = 0;
            }
            used += partWidth;
            from = to;
            fromPiece = toPiece;
            while (fromPiece < tokenEnd[t] - 1 && from >= pieceEnd[fromPiece]) {
                fromPiece++;
            }
        }
        return used;
    }

    /** Ends the line before segment {@code at}, and starts the next line with the segments from there. */
    private void moveToNewLine(int at, List<Line> lines, float indent, Notes notes) {
        lines.add(line(at, indent, notes));
        int moved = segCount - at;
        System.arraycopy(segPiece, at, segPiece, 0, moved);
        System.arraycopy(segStart, at, segStart, 0, moved);
        System.arraycopy(segEnd, at, segEnd, 0, moved);
        System.arraycopy(segWidth, at, segWidth, 0, moved);
        segCount = moved;
    }

    private float charWidth(int piece, int at) {
        return pieceFace[piece].advance(text.codePointAt(at)) * pieceStyle[piece].glyphSize() / 1000f;
    }

    private float measure(int piece, int start, int end) {
        FontSet.Face face = pieceFace[piece];
        float w = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            w += face.advance(cp);
            i += Character.charCount(cp);
        }
        return w * pieceStyle[piece].glyphSize() / 1000f;
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false; // Latin, Greek, Cyrillic and the rest: no table lookup for the usual text.
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** The paragraph's footnotes, handed out in order to the superscript markers as lines are set. */
    private static final class Notes {
        private static final Notes NONE = new Notes(List.of());
        private final List<Footnote> inOrder;
        private int next;

        private Notes(List<Footnote> inOrder) {
            this.inOrder = inOrder;
        }

        static Notes of(List<Span> spans) {
            List<Footnote> notes = null;
            for (Span span : spans) {
                if (span.note() != null) {
                    if (notes == null) {
                        notes = new ArrayList<>(2);
                    }
                    notes.add(span.note());
                }
            }
            return notes == null ? NONE : new Notes(notes);
        }

        boolean hasNext() {
            return next < inOrder.size();
        }

        Footnote next() {
            return inOrder.get(next++);
        }
    }
}
