package org.policydesk.pdf;

import java.util.Locale;
import java.util.Optional;

/**
 * The text in a sheet's QR code: {@code PDSHEET:<sheet ID>:<SHA-256 in upper-case hex>}. Upper case keeps it in
 * the QR alphanumeric mode (a smaller code); a scanner that types it into the app gives the same text back.
 */
public final class SheetCodes {

    static final String PREFIX = "PDSHEET:";

    private SheetCodes() {
    }

    public static String payload(String sheetId, String contentHash) {
        return PREFIX + sheetId.toUpperCase(Locale.ROOT) + ":" + contentHash.toUpperCase(Locale.ROOT);
    }

    /** A decoded QR payload. */
    public record Decoded(String sheetId, String contentHash) {
    }

    /** Reads a QR payload back; empty when the text is not one. */
    public static Optional<Decoded> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.toUpperCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = t.substring(PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (colon <= 0 || rest.length() - colon - 1 != 64) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(rest.substring(0, colon).toUpperCase(Locale.ROOT),
                rest.substring(colon + 1).toLowerCase(Locale.ROOT)));
    }
}
