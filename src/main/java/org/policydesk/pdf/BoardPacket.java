package org.policydesk.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.policydesk.model.Reading;

/**
 * Everything a board-review packet shows. The same packet always gives the same bytes.
 *
 * @param title  "Policy Updates: PRESS Issue 117, First Reading"
 * @param issue  the PRESS issue, or null for a chosen set of policies
 */
public record BoardPacket(String districtName, LocalDate meeting, Reading reading, Integer issue, String title,
                          List<PacketPolicy> policies) {
    public BoardPacket {
        Objects.requireNonNull(districtName);
        Objects.requireNonNull(meeting);
        Objects.requireNonNull(reading);
        Objects.requireNonNull(title);
        policies = List.copyOf(policies);
    }

    /** The usual title: the issue (or "Selected Policies") and the reading. */
    public static String titleFor(Integer issue, Reading reading) {
        return "Policy Updates: " + (issue == null ? "Selected Policies" : "PRESS Issue " + issue) + ", "
                + reading.label();
    }
}
