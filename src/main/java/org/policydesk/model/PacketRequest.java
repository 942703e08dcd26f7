package org.policydesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a board-review packet holds: the policies of one PRESS issue, or a chosen set of policies, for a
 * meeting and a reading.
 *
 * @param issue    the PRESS issue whose drafts go in, or null when {@code policies} names them
 * @param policies the policies to include, empty when {@code issue} chooses them
 */
public record PacketRequest(Integer issue, List<PolicyNumber> policies, LocalDate meeting, Reading reading) {
    public PacketRequest {
        policies = policies == null ? List.of() : List.copyOf(policies);
        Objects.requireNonNull(meeting, "meeting date");
        reading = reading == null ? Reading.FIRST : reading;
        if ((issue == null) == policies.isEmpty()) {
            throw new IllegalArgumentException("name either a PRESS issue or a list of policies");
        }
    }

    public static PacketRequest forIssue(int issue, LocalDate meeting, Reading reading) {
        return new PacketRequest(issue, List.of(), meeting, reading);
    }

    public static PacketRequest forPolicies(List<PolicyNumber> policies, LocalDate meeting, Reading reading) {
        return new PacketRequest(null, policies, meeting, reading);
    }
}
