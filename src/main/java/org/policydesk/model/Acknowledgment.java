package org.policydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One employee's acknowledgment of one policy version.
 *
 * @param employeeId    the store id of the employee
 * @param sheetId       the printed sheet it came from, or null
 * @param signatureHash SHA-256 hex of the signature image, or null
 * @param signatureRef  where the signature image is kept, or null
 */
public record Acknowledgment(long id, long employeeId, long policyVersionId, Instant acknowledgedAt, AckMethod method,
                             String sheetId, String signatureHash, String signatureRef) {
    public Acknowledgment {
        Objects.requireNonNull(acknowledgedAt);
        Objects.requireNonNull(method);
    }
}
