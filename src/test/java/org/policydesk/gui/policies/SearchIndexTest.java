package org.policydesk.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.VersionStatus;

class SearchIndexTest {

    @Test
    void policyNumbersTypedWithADotAreSearchedInTheirNormalForm() {
        assertThat(SearchIndex.terms(" 5.125  Social ")).containsExactly("5:125", "social");
    }

    @Test
    void titleAndNumberMatchBeforeTheFullTextHasLoaded() {
        SearchIndex index = SearchIndex.of(List.of(summary(1, "5:125", "Social Media")), Map.of());

        assertThat(index.matching("media", () -> false)).containsExactly(1L);
    }

    @Test
    void aCancelledScanStopsEarly() {
        List<PolicySummary> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(summary(i, "5:" + i, "Policy " + i));
        }
        SearchIndex index = SearchIndex.of(many, Map.of());

        assertThat(index.matching("policy", () -> true)).isEmpty();
    }

    @Test
    void twoThousandLongPoliciesAreScannedQuickly() {
        List<PolicySummary> many = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        String body = "the board shall review this policy annually and the superintendent shall report. ".repeat(250);
        for (int i = 0; i < 2000; i++) {
            many.add(summary(i, (i / 100 + 1) + ":" + i, "Policy " + i));
            texts.put((long) i, body + (i == 1234 ? "needle" : ""));
        }
        SearchIndex index = SearchIndex.of(many, texts);

        long start = System.nanoTime();
        var found = index.matching("needle", () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(found).containsExactly(1234L);
        // Runs off the FX thread anyway; this only guards against an accidental slow path (regex, copies).
        assertThat(millis).isLessThan(500);
    }

    private static PolicySummary summary(long id, String number, String title) {
        return new PolicySummary(id, PolicyNumber.parse(number), title, "General Personnel", VersionStatus.ADOPTED,
                null, null, 1);
    }
}
