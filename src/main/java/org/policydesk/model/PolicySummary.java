package org.policydesk.model;

/**
 * One row of the policy list: the policy and the state of its version in progress, else its version in force
 * (else its latest version); {@code latestVersion} is the highest version number.
 *
 * @param number     normalised number, or null for a text whose number could not be recognised
 * @param pressIssue PRESS issue of the latest version, or null
 * @param needsReview the latest version was imported in doubt and no one has confirmed it yet
 */
public record PolicySummary(long id, PolicyNumber number, String title, String section,
                            VersionStatus status, String statusLabel, Integer pressIssue, int latestVersion,
                            boolean needsReview) {

    /** A row whose latest version carries no "needs review" mark. */
    public PolicySummary(long id, PolicyNumber number, String title, String section, VersionStatus status,
                         String statusLabel, Integer pressIssue, int latestVersion) {
        this(id, number, title, section, status, statusLabel, pressIssue, latestVersion, false);
    }

    /** The number as shown, or a dash for an unnumbered text. */
    public String displayNumber() {
        return number == null ? "—" : number.toString();
    }
}
