package org.policydesk.model;

/**
 * A policy whose current text names something: a CROSS REF to a policy number, or a LEGAL REF citation.
 *
 * @param policy  the policy whose text holds the reference
 * @param named   what the reference names: the policy number or the LEGAL REF entry as written
 * @param title   the title the reference gives (a CROSS REF's title in parentheses), or null
 */
public record ReferenceHit(PolicyNumber policy, String policyTitle, int versionSeq, VersionStatus status,
                           String named, String title) {
}
