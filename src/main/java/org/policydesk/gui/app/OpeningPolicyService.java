package org.policydesk.gui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policydesk.model.ImportOutcome;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.service.library.ImportException;
import org.policydesk.service.library.PolicyService;

/**
 * The policies of a store that is still opening: lets the main window be built and shown before the store is
 * open (decision 0071), and forwards to the real service once {@link #attach} is called. A call that comes
 * earlier (a file dropped on the window in the first second) is refused with a sentence the user can act on.
 */
public final class OpeningPolicyService implements PolicyService {

    public static final String STILL_OPENING = "The policy store is still opening; try again in a moment.";

    private volatile PolicyService opened;

    public void attach(PolicyService service) {
        this.opened = service;
    }

    private PolicyService service() {
        PolicyService service = opened;
        if (service == null) {
            throw new IllegalStateException(STILL_OPENING);
        }
        return service;
    }

    @Override
    public List<PolicySummary> listPolicies() {
        return service().listPolicies();
    }

    @Override
    public Map<Long, String> searchableText() {
        return service().searchableText();
    }

    @Override
    public Optional<PolicyDetail> findPolicy(PolicyNumber number) {
        return service().findPolicy(number);
    }

    @Override
    public Optional<PolicyDetail> policy(long policyId, Integer versionSeq) {
        return service().policy(policyId, versionSeq);
    }

    @Override
    public ImportOutcome importText(String sourceName, String text) {
        return service().importText(sourceName, text);
    }

    @Override
    public ImportOutcome importFile(Path file) throws ImportException {
        return service().importFile(file);
    }

    @Override
    public Optional<String> exportText(PolicyNumber number, Integer versionSeq) {
        return service().exportText(number, versionSeq);
    }
}
