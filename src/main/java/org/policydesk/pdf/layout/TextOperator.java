package org.policydesk.pdf.layout;

import java.util.Arrays;

/**
 * The bytes of a show-text operator ({@code <…> Tj}) for text in one face, built from the glyph codes the
 * face caches. They are the bytes PDFBox's {@code showText} writes (a literal string when every byte is
 * plain ASCII, else hex), so the output does not change; only the per-character encoding and subset
 * bookkeeping is done once per character and document instead of on every call.
 */
final class TextOperator {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] TJ = {' ', 'T', 'j', '\n'};

    private byte[] codes = new byte[256];
    private byte[] out = new byte[600];

    /** The operator's bytes, or null when some character has no cached two-byte code (use PDFBox's showText). */
    byte[] of(String text, FontSet.Face face) {
        int n = text.length();
        if (codes.length < 2 * n) {
            codes = new byte[4 * n];
        }
        boolean literal = true;
        for (int i = 0; i < n; i++) {
            int code = face.code(text.charAt(i));
            if (code < 0) {
                return null;
            }
            byte hi = (byte) (code >> 8);
            byte lo = (byte) code;
            codes[2 * i] = hi;
            codes[2 * i + 1] = lo;
            literal &= plain(hi) && plain(lo);
        }
        int size = 2 * n;
        int at = 0;
        if (out.length < 2 * size + 8) {
            out = new byte[4 * size + 8];
        }
        if (literal) {
            out[at++] = '(';
            for (int i = 0; i < size; i++) {
                byte b = codes[i];
                if (b == '(' || b == ')' || b == '\\') {
                    out[at++] = '\\';
                }
                out[at++] = b;
            }
            out[at++] = ')';
        } else {
            out[at++] = '<';
            for (int i = 0; i < size; i++) {
                out[at++] = HEX[(codes[i] >> 4) & 0xF];
                out[at++] = HEX[codes[i] & 0xF];
            }
            out[at++] = '>';
        }
        System.arraycopy(TJ, 0, out, at, TJ.length);
        return Arrays.copyOf(out, at + TJ.length);
    }

    /** As PDFBox decides between a literal and a hex string: no byte above 127, no CR or LF. */
    private static boolean plain(byte b) {
        return b >= 0 && b != '\r' && b != '\n';
    }
}
