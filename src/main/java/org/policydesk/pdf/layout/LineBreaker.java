package org.policydesk.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines on the fonts' real advance widths (first fit, ragged right). Spaces are
 * break points; so is the gap between two CJK characters. A word wider than the line (a long citation or
 * URL) breaks after a slash, hyphen or full stop where it can, and between any two characters where not.
 */
public final class LineBreaker {

    private static final float LEADING = 1.22f;

    private final FontSet fonts;

    public LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    /** A word or a space, already shaped: pieces in one style each. */
    private record Token(List<Fragment> pieces, float width, boolean space, boolean cjk) {
    }

    /**
     * @param width  the measure in points
     * @param indent where every line starts (a hanging indent's text column)
     */
    public List<Line> lines(List<Span> spans, float width, float indent) {
        List<Token> tokens = tokenise(spans);
        List<Line> lines = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        float used = 0;
        float available = width - indent;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.space()) {
                if (!current.isEmpty()) {
                    current.add(token);
                    used += token.width();
                }
                continue;
            }
            if (!current.isEmpty() && used + token.width() > available + 0.01f) {
                lines.add(line(current, indent, List.of()));
                current.clear();
                used = 0;
            }
            if (token.width() > available) {
                for (Token part : split(token, available)) {
                    if (used + part.width() > available + 0.01f && !current.isEmpty()) {
                        lines.add(line(current, indent, List.of()));
                        current.clear();
                        used = 0;
                    }
                    current.add(part);
                    used += part.width();
                }
                continue;
            }
            current.add(token);
            used += token.width();
        }
        if (!current.isEmpty()) {
            lines.add(line(current, indent, List.of()));
        }
        attachNotes(lines, spans);
        return lines;
    }

    /** Footnote markers are superscript fragments whose text is the note's marker; match them in order. */
    private static void attachNotes(List<Line> lines, List<Span> spans) {
        List<Footnote> inOrder = new ArrayList<>();
        for (Span span : spans) {
            if (span.note() != null) {
                inOrder.add(span.note());
            }
        }
        if (inOrder.isEmpty()) {
            return;
        }
        int next = 0;
        for (int i = 0; i < lines.size() && next < inOrder.size(); i++) {
            Line line = lines.get(i);
            List<Footnote> here = new ArrayList<>();
            for (Fragment f : line.fragments()) {
                if (f.style().superscript() && next < inOrder.size()) {
                    here.add(inOrder.get(next++));
                }
            }
            if (!here.isEmpty()) {
                lines.set(i, new Line(line.fragments(), line.indent(), line.width(), line.ascent(), line.height(), here));
            }
        }
    }

    private Line line(List<Token> tokens, float indent, List<Footnote> notes) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).space()) {
            end--;
        }
        List<Fragment> fragments = new ArrayList<>();
        float x = 0;
        float maxSize = 0;
        for (int i = 0; i < end; i++) {
            for (Fragment piece : tokens.get(i).pieces()) {
                maxSize = Math.max(maxSize, piece.style().size());
                Fragment last = fragments.isEmpty() ? null : fragments.get(fragments.size() - 1);
                if (last != null && last.font() == piece.font() && last.style().equals(piece.style())
                        && !piece.style().superscript()) {
                    fragments.set(fragments.size() - 1, new Fragment(last.text() + piece.text(), last.font(),
                            last.style(), last.x(), last.width() + piece.width()));
                } else {
                    fragments.add(new Fragment(piece.text(), piece.font(), piece.style(), x, piece.width()));
                }
                x += piece.width();
            }
        }
        if (maxSize == 0) {
            maxSize = tokens.isEmpty() ? 11 : tokens.get(0).pieces().get(0).style().size();
        }
        return new Line(fragments, indent, x, maxSize * fonts.ascent(), maxSize * LEADING, notes);
    }

    private List<Token> tokenise(List<Span> spans) {
        List<Token> tokens = new ArrayList<>();
        List<Fragment> word = new ArrayList<>();
        for (Span span : spans) {
            String text = span.text();
            int start = 0;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                boolean space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
                boolean cjk = isCjk(cp);
                if (space || cjk) {
                    if (i > start) {
                        word.addAll(shape(text.substring(start, i), span.style()));
                    }
                    if (space) {
                        flushWord(tokens, word);
                        List<Fragment> sp = shape(" ", span.style());
                        Token prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                        if (prev == null || !prev.space()) {
                            tokens.add(new Token(sp, width(sp), true, false));
                        }
                    } else {
                        flushWord(tokens, word);
                        List<Fragment> ch = shape(text.substring(i, i + len), span.style());
                        tokens.add(new Token(ch, width(ch), false, true));
                    }
                    start = i + len;
                }
                i += len;
            }
            if (start < text.length()) {
                word.addAll(shape(text.substring(start), span.style()));
            }
        }
        flushWord(tokens, word);
        return tokens;
    }

    private static void flushWord(List<Token> tokens, List<Fragment> word) {
        if (!word.isEmpty()) {
            List<Fragment> pieces = List.copyOf(word);
            tokens.add(new Token(pieces, width(pieces), false, false));
            word.clear();
        }
    }

    private List<Fragment> shape(String text, Style style) {
        List<Fragment> out = new ArrayList<>(1);
        float size = style.glyphSize();
        for (FontSet.Piece piece : fonts.shape(text, style.face())) {
            out.add(new Fragment(piece.text(), piece.font(), style, 0, piece.width1000() * size / 1000f));
        }
        return out;
    }

    private static float width(List<Fragment> pieces) {
        float w = 0;
        for (Fragment f : pieces) {
            w += f.width();
        }
        return w;
    }

    /** Cuts a too-wide word into parts that fit, preferring a cut after '/', '-' or '.'. */
    private List<Token> split(Token token, float available) {
        List<Token> parts = new ArrayList<>();
        List<int[]> chars = new ArrayList<>(); // {pieceIndex, charStart, charEnd}
        for (int p = 0; p < token.pieces().size(); p++) {
            String text = token.pieces().get(p).text();
            for (int i = 0; i < text.length(); ) {
                int len = Character.charCount(text.codePointAt(i));
                chars.add(new int[] {p, i, i + len});
                i += len;
            }
        }
        int from = 0;
        while (from < chars.size()) {
            float w = 0;
            int to = from;
            int lastGoodCut = -1;
            while (to < chars.size()) {
                float cw = charWidth(token, chars.get(to));
                if (w + cw > available && to > from) {
                    break;
                }
                w += cw;
                char c = charAt(token, chars.get(to));
                if (c == '/' || c == '-' || c == '.' || c == '_' || c == '?' || c == '&') {
                    lastGoodCut = to + 1;
                }
                to++;
            }
            if (to < chars.size() && lastGoodCut > from + (to - from) / 3) {
                to = lastGoodCut;
            }
            parts.add(part(token, chars, from, to));
            from = to;
        }
        return parts;
    }

    private static char charAt(Token token, int[] c) {
        return token.pieces().get(c[0]).text().charAt(c[1]);
    }

    private float charWidth(Token token, int[] c) {
        Fragment f = token.pieces().get(c[0]);
        String s = f.text().substring(c[1], c[2]);
        return fonts.width(s, f.style().face(), f.style().glyphSize());
    }

    private Token part(Token token, List<int[]> chars, int from, int to) {
        List<Fragment> pieces = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int piece = chars.get(from)[0];
        for (int k = from; k < to; k++) {
            int[] c = chars.get(k);
            if (c[0] != piece) {
                pieces.add(remeasure(token.pieces().get(piece), sb.toString()));
                sb.setLength(0);
                piece = c[0];
            }
            sb.append(token.pieces().get(c[0]).text(), c[1], c[2]);
        }
        pieces.add(remeasure(token.pieces().get(piece), sb.toString()));
        return new Token(pieces, width(pieces), false, false);
    }

    private Fragment remeasure(Fragment f, String text) {
        return new Fragment(text, f.font(), f.style(), 0, fonts.width(text, f.style().face(), f.style().glyphSize()));
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
