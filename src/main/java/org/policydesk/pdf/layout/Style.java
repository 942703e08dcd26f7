package org.policydesk.pdf.layout;

/**
 * How a piece of text looks. Colours are 0xRRGGBB; redline marks never rely on colour alone (insertions
 * are underlined, deletions struck through), so a grayscale print tells them apart.
 *
 * @param superscript set smaller and raised, as a footnote reference
 */
public record Style(FontFace face, float size, boolean underline, boolean strike, boolean superscript, int rgb) {

    public static final int BLACK = 0x000000;

    public static Style of(FontFace face, float size) {
        return new Style(face, size, false, false, false, BLACK);
    }

    public Style withFace(FontFace f) {
        return new Style(f, size, underline, strike, superscript, rgb);
    }

    public Style withSize(float s) {
        return new Style(face, s, underline, strike, superscript, rgb);
    }

    public Style underlined() {
        return new Style(face, size, true, strike, superscript, rgb);
    }

    public Style struck() {
        return new Style(face, size, underline, true, superscript, rgb);
    }

    public Style raised() {
        return new Style(face, size, underline, strike, true, rgb);
    }

    public Style colour(int newRgb) {
        return new Style(face, size, underline, strike, superscript, newRgb);
    }

    /** The size glyphs are drawn at. */
    public float glyphSize() {
        return superscript ? size * 0.62f : size;
    }

    /** How far above the baseline glyphs sit. */
    public float rise() {
        return superscript ? size * 0.36f : 0f;
    }
}
