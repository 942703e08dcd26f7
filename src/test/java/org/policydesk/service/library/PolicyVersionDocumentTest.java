package org.policydesk.service.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/** Another version's document read from a detail's versions is the one the store shows for that version. */
class PolicyVersionDocumentTest {

    @TempDir
    Path tmp;

    @Test
    void adoptedVersionFromTheDetailIsTheVersionTheStoreShows() {
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            PolicyDetail latest = ws.policies().findPolicy(PolicyNumber.parse("5:125")).orElseThrow();
            assertThat(latest.shown().seq()).isEqualTo(2);
            PolicyDetail first = ws.policies().policy(latest.summary().id(), 1).orElseThrow();

            assertThat(ws.policies().document(latest, 1)).hasValueSatisfying(doc -> {
                assertThat(doc).isEqualTo(first.document());
                assertThat(doc.sourceText()).isNotEqualTo(latest.document().sourceText());
            });
            assertThat(ws.policies().document(latest, 2)).contains(latest.document());
            assertThat(ws.policies().document(latest, 3)).isEmpty();
        }
    }
}
