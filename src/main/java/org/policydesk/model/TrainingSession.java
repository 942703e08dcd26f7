package org.policydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One held training.
 *
 * @param buildingCode null for a district-wide session
 * @param policies     the policies it covered
 */
public record TrainingSession(long id, long trainingTypeId, String trainingTypeName, LocalDate heldOn,
                              String buildingCode, String presenter, List<PolicyNumber> policies,
                              int attendeeCount) {
    public TrainingSession {
        Objects.requireNonNull(heldOn);
        policies = List.copyOf(policies);
    }
}
