package org.policydesk.model;

import java.util.List;

/** An employee whose stored details a roster changes, with the changes in words ("position: Teacher → Dean"). */
public record StaffChange(StaffRecord before, StaffRecord after, List<String> differences) {
    public StaffChange {
        differences = List.copyOf(differences);
    }
}
