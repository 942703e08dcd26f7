package org.policydesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A printed acknowledgment sheet as the store keeps it: its ID (printed and QR-coded on every page), the policy
 * version it is for and the SHA-256 of that version's text, and the people on it in print order.
 *
 * @param buildingCode for {@link SheetScope#BUILDING}, else null
 * @param sessionId    for {@link SheetScope#SESSION}, else null
 */
public record AckSheet(String id, long policyVersionId, PolicyNumber number, int versionSeq, SheetScope scope,
                       String buildingCode, Long sessionId, SheetLayout layout, String contentHash,
                       Instant createdAt, List<SheetLine> lines) {
    public AckSheet {
        Objects.requireNonNull(id);
        Objects.requireNonNull(contentHash);
        lines = List.copyOf(lines);
    }
}
