package org.policydesk.gui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.VersionStatus;

/**
 * The filtered policy list tells its table exactly what left and what came back: replaying its change events on
 * a copy always gives the list shown, and a filter change is never reported as a replaced list (which would make
 * the table empty and refill every visible cell).
 */
class ShownPoliciesTest {

    private final List<PolicySummary> policies = LongStream.rangeClosed(1, 300).mapToObj(ShownPoliciesTest::policy)
            .toList();

    @Test
    void replayingTheChangesOfManyRandomFiltersGivesTheListShownWithoutAnyReplacedRange() {
        ShownPolicies shown = new ShownPolicies();
        List<PolicySummary> copy = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        shown.addListener((ListChangeListener<PolicySummary>) c -> replay(c, copy, replaced));
        shown.setAll(policies, null);
        assertThat(copy).isEqualTo(policies);
        replaced.clear();

        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int percent = 5 + round % 90;
            Set<Long> ids = random.nextInt(10) == 0 ? null : policies.stream().map(PolicySummary::id)
                    .filter(id -> random.nextInt(100) < percent).collect(Collectors.toSet());
            shown.show(ids);
            List<PolicySummary> expected = policies.stream().filter(p -> ids == null || ids.contains(p.id())).toList();
            assertThat(shown).isEqualTo(expected);
            assertThat(copy).as("round %d", round).isEqualTo(expected);
        }
        assertThat(replaced).isEmpty();
    }

    @Test
    void theSameResultAgainChangesNothing() {
        ShownPolicies shown = new ShownPolicies();
        shown.setAll(policies, Set.of(1L, 2L));
        List<Object> events = new ArrayList<>();
        shown.addListener((ListChangeListener<PolicySummary>) events::add);
        shown.show(Set.of(2L, 1L));
        assertThat(events).isEmpty();
    }

    /** Applies one change event to {@code copy}, as a table's listener would read it. */
    private static void replay(ListChangeListener.Change<? extends PolicySummary> c, List<PolicySummary> copy,
                               List<String> replaced) {
        while (c.next()) {
            if (c.wasPermutated()) {
                throw new AssertionError("no permutations expected");
            }
            if (c.wasReplaced() && c.getFrom() != 0) {
                replaced.add(c.toString());
            }
            if (c.wasRemoved()) {
                for (int i = 0; i < c.getRemovedSize(); i++) {
                    assertThat(copy.remove(c.getFrom())).isEqualTo(c.getRemoved().get(i));
                }
            }
            if (c.wasAdded()) {
                copy.addAll(c.getFrom(), c.getAddedSubList());
            }
        }
    }

    private static PolicySummary policy(long id) {
        return new PolicySummary(id, PolicyNumber.parse((1 + id % 8) + ":" + (10 * id)), "Title " + (id * 37 % 101),
                "Section", VersionStatus.ADOPTED, null, null, 1);
    }
}
