package org.policydesk.service.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;

/**
 * Reading the store's policies, for the features that only read them (the packet). Shared here so that they
 * need not depend on the library feature, whose {@code PolicyService} extends this. All calls may block.
 */
public interface PolicySource {

    /** Every policy with the state of its latest version, ordered by number (unnumbered texts last). */
    List<PolicySummary> listPolicies();

    /** The policy with that number, showing its latest version. */
    Optional<PolicyDetail> findPolicy(PolicyNumber number);

    /**
     * The policies with these numbers, each showing its latest version, ordered by number; a number not in the
     * store is left out. The default asks {@link #findPolicy} for each; the store's own does all in one round of
     * queries (the packet's 30 policies took 210 queries one by one).
     */
    default List<PolicyDetail> findPolicies(Collection<PolicyNumber> numbers) {
        List<PolicyDetail> found = new ArrayList<>();
        for (PolicyNumber number : new TreeSet<>(numbers)) {
            findPolicy(number).ifPresent(found::add);
        }
        return found;
    }

    /** A policy showing the version with that sequence number, or its latest when {@code versionSeq} is null. */
    Optional<PolicyDetail> policy(long policyId, Integer versionSeq);

    /**
     * Another version of the detail's policy as a document, from the versions the detail already holds (the
     * packet reads the adopted text of 30 policies this way, without three more queries each). Empty when it
     * has no version with that sequence number.
     */
    default Optional<PolicyDocument> document(PolicyDetail detail, int versionSeq) {
        return policy(detail.summary().id(), versionSeq).map(PolicyDetail::document);
    }
}
