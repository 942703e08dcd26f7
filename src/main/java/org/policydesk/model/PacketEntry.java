package org.policydesk.model;

/**
 * One policy as a packet lists it.
 *
 * @param draftSeq   the version shown as the draft
 * @param adoptedSeq the adopted version the redline compares with, or null for a new policy
 * @param action     the recommended action ("First reading", "Consent agenda")
 */
public record PacketEntry(PolicyNumber number, String title, ChangeKind change, int draftSeq, Integer adoptedSeq,
                          String action) {
}
