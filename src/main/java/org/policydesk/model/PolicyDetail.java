package org.policydesk.model;

import java.util.List;
import java.util.Map;

/**
 * A policy with all its versions (oldest first) and the parsed text of the one being shown.
 *
 * @param dating the adoption and status dates of each version, by seq (may miss versions)
 */
public record PolicyDetail(PolicySummary summary, List<PolicyVersion> versions, PolicyVersion shown,
                           PolicyDocument document, Map<Integer, VersionDating> dating) {
    public PolicyDetail {
        versions = List.copyOf(versions);
        dating = Map.copyOf(dating);
    }

    /** A detail without version dates. */
    public PolicyDetail(PolicySummary summary, List<PolicyVersion> versions, PolicyVersion shown,
                        PolicyDocument document) {
        this(summary, versions, shown, document, Map.of());
    }

    /** The dates of one version; {@link VersionDating#UNKNOWN} when not loaded. */
    public VersionDating dating(PolicyVersion version) {
        return dating.getOrDefault(version.seq(), VersionDating.UNKNOWN);
    }
}
