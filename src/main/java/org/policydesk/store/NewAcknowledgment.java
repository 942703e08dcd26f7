package org.policydesk.store;

import java.time.Instant;
import java.util.Objects;

import org.policydesk.model.AckMethod;

/** An acknowledgment about to be recorded; ids are store ids. */
public record NewAcknowledgment(long employeeId, long policyVersionId, Instant acknowledgedAt, AckMethod method,
                                String sheetId, String signatureHash, String signatureRef) {
    public NewAcknowledgment {
        Objects.requireNonNull(acknowledgedAt);
        Objects.requireNonNull(method);
    }
}
