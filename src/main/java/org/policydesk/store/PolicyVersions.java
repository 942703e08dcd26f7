package org.policydesk.store;

import java.util.List;
import java.util.Map;

import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionDating;

/**
 * A policy with all its versions, oldest first, and their dates by seq (may miss versions).
 *
 * @param summary the policy and the state of its latest version, the last of {@code versions}
 */
public record PolicyVersions(PolicySummary summary, List<PolicyVersion> versions, Map<Integer, VersionDating> dating) {
    public PolicyVersions {
        versions = List.copyOf(versions);
        dating = Map.copyOf(dating);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a stored policy has at least one version");
        }
    }

    /** The latest version. */
    public PolicyVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
