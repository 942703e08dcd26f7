package org.policydesk.pdf;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetLine;

/**
 * Everything an acknowledgment sheet prints.
 *
 * @param adoptedOn      the adoption date as printed ("June 12, 2024"), or null when unknown
 * @param contentHash    SHA-256 (lower-case hex) of the exact policy text
 * @param policyText     the policy's paragraphs, for the per-employee form; may be empty for sign-in sheets
 * @param signatures     kiosk signatures to print in the form's signature block, by employee ID
 * @param rowsPerPage    sign-in rows per page
 */
public record SheetDocument(String districtName, String policyNumber, String title, int versionSeq, String adoptedOn,
                            String contentHash, String statement, String sheetId, SheetLayout layout,
                            List<SheetLine> lines, List<String> policyText, Map<String, Signed> signatures,
                            int rowsPerPage) {

    /** A signature captured on screen: the PNG image and when, as printed. */
    public record Signed(byte[] png, String when, String textHash) {
    }

    public SheetDocument {
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(sheetId);
        lines = List.copyOf(lines);
        policyText = List.copyOf(policyText);
        signatures = Map.copyOf(signatures);
        if (rowsPerPage < 1) {
            throw new IllegalArgumentException("rows per page must be positive");
        }
    }

    /** The hash as the header prints it: the first 16 hex digits in groups of four. */
    public String shortHash() {
        String h = contentHash.substring(0, 16);
        return h.substring(0, 4) + " " + h.substring(4, 8) + " " + h.substring(8, 12) + " " + h.substring(12, 16);
    }

    /** What the QR code on every page holds: the sheet ID and the full version hash. */
    public String qrPayload() {
        return SheetCodes.payload(sheetId, contentHash);
    }
}
