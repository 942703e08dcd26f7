package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.policydesk.gui.testing.FakePolicyService;

/** The policies behind a window shown before its store is open. */
class OpeningPolicyServiceTest {

    @Test
    void refusesWithASentenceUntilTheStoreIsOpenThenForwards() {
        OpeningPolicyService opening = new OpeningPolicyService();
        assertThatThrownBy(opening::listPolicies).hasMessage("The policy store is still opening; try again in a moment.");
        assertThatThrownBy(() -> opening.importText("5-125.txt", "text")).isInstanceOf(IllegalStateException.class);

        FakePolicyService samples = FakePolicyService.withSamples();
        opening.attach(samples);

        assertThat(opening.listPolicies()).isEqualTo(samples.listPolicies()).isNotEmpty();
        assertThat(opening.searchableText()).isEqualTo(samples.searchableText());
    }
}
