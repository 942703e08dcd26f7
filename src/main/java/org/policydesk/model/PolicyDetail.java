package org.policydesk.model;

import java.util.List;

/** A policy with all its versions (oldest first) and the parsed text of the one being shown. */
public record PolicyDetail(PolicySummary summary, List<PolicyVersion> versions, PolicyVersion shown,
                           PolicyDocument document) {
    public PolicyDetail {
        versions = List.copyOf(versions);
    }
}
