package org.policydesk.model;

/** A PRESS update issue and how many policies it touches, and how many of those are still open. */
public record IssueSummary(int issue, int policies, int open) {
}
