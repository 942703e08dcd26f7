package org.policydesk.pdf.layout;

/** The four faces of the body font. Text a face cannot show falls back to the CJK font (see {@link FontSet}). */
public enum FontFace {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    private final String file;

    FontFace(String file) {
        this.file = file;
    }

    /** The font file's name in {@code resources/fonts/}. */
    public String file() {
        return file;
    }

    public FontFace bold() {
        return this == ITALIC || this == BOLD_ITALIC ? BOLD_ITALIC : BOLD;
    }

    public FontFace italic() {
        return this == BOLD || this == BOLD_ITALIC ? BOLD_ITALIC : ITALIC;
    }
}
