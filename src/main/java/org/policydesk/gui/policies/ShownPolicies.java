package org.policydesk.gui.policies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javafx.collections.ObservableListBase;

import org.policydesk.model.PolicySummary;

/**
 * The policies the list filter lets through, in the order of the whole list. A new filter result is applied as
 * the policies that left and the policies that came back (two list changes, never one "replaced" change): the
 * table then re-points only the rows whose policy changed, instead of emptying and refilling every visible cell
 * as it does for a replaced list (decision 0075).
 */
public final class ShownPolicies extends ObservableListBase<PolicySummary> {

    /** Every policy loaded, in the service's order, with its id boxed once (the filter's ids are a set of Long). */
    private List<PolicySummary> all = List.of();
    private Long[] allIds = new Long[0];
    /** Positions in {@link #all} of the policies shown, ascending. */
    private int[] shown = new int[0];
    /** The ids shown, or null when the filter lets every policy through. */
    private Set<Long> shownIds;

    /** A new whole list (after loading), shown through the same filter. */
    void setAll(List<PolicySummary> policies, Set<Long> ids) {
        List<PolicySummary> removed = new ArrayList<>(this);
        all = List.copyOf(policies);
        allIds = all.stream().map(PolicySummary::id).toArray(Long[]::new);
        shownIds = ids;
        shown = positions(ids);
        beginChange();
        nextReplace(0, shown.length, removed);
        endChange();
    }

    /** Shows only the policies with these ids (null: all); does nothing when they are the ones shown. */
    void show(Set<Long> ids) {
        if (Objects.equals(ids, shownIds)) {
            return;
        }
        shownIds = ids;
        int[] next = positions(ids);
        // Both are ascending positions in the whole list, so one walk finds what left, a second what came back.
        int[] kept = new int[Math.min(shown.length, next.length)];
        int keptCount = 0;
        int[] before = shown;
        beginChange();
        int j = 0;
        for (int position : before) {
            while (j < next.length && next[j] < position) {
                j++;
            }
            if (j < next.length && next[j] == position) {
                kept[keptCount++] = position;
            } else {
                nextRemove(keptCount, all.get(position));
            }
        }
        shown = Arrays.copyOf(kept, keptCount);
        endChange();
        beginChange();
        shown = next;
        int k = 0;
        for (int i = 0; i < next.length; i++) {
            if (k < keptCount && kept[k] == next[i]) {
                k++;
            } else {
                nextAdd(i, i + 1);
            }
        }
        endChange();
    }

    /** The ids the filter lets through now, or null for all. */
    Set<Long> shownIds() {
        return shownIds;
    }

    /** Every policy loaded, shown or not. */
    List<PolicySummary> all() {
        return Collections.unmodifiableList(all);
    }

    @Override
    public PolicySummary get(int index) {
        return all.get(shown[index]);
    }

    @Override
    public int size() {
        return shown.length;
    }

    private int[] positions(Set<Long> ids) {
        int[] out = new int[ids == null ? all.size() : Math.min(ids.size(), all.size())];
        int n = 0;
        for (int i = 0; i < allIds.length; i++) {
            if (ids == null || ids.contains(allIds[i])) {
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
