package org.policydesk.model;

import java.time.Instant;

/**
 * The dates that tell one version from another in a list of versions.
 *
 * @param boardAdoption   when the board adopted it: the vote date recorded on adoption, else the last
 *                        "Adopted:"/"Amended:" date of its text; null when neither is known
 * @param statusChangedAt when its status last changed in the workflow, or null when it never did
 */
public record VersionDating(PartialDate boardAdoption, Instant statusChangedAt) {
    public static final VersionDating UNKNOWN = new VersionDating(null, null);
}
