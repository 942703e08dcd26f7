package org.policydesk.gui.policies;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;

/**
 * Number, title, section and full text per policy, lower-cased once when loaded, so that filtering is a
 * plain scan in memory and never a database trip per keystroke.
 */
public final class SearchIndex {
    static final SearchIndex EMPTY = new SearchIndex(new long[0], new String[0]);
    /** How many policies to scan between checks for a newer keystroke. */
    private static final int CANCEL_CHECK_EVERY = 64;

    private final long[] ids;
    private final String[] haystacks;

    private SearchIndex(long[] ids, String[] haystacks) {
        this.ids = ids;
        this.haystacks = haystacks;
    }

    /** Builds the index; {@code texts} may be empty while the full text is still loading. */
    static SearchIndex of(List<PolicySummary> policies, Map<Long, String> texts) {
        long[] ids = new long[policies.size()];
        String[] haystacks = new String[policies.size()];
        for (int i = 0; i < ids.length; i++) {
            PolicySummary p = policies.get(i);
            ids[i] = p.id();
            String head = (p.displayNumber() + " " + nullToEmpty(p.title()) + " " + nullToEmpty(p.section()))
                    .toLowerCase(Locale.ROOT);
            String text = texts.get(p.id());
            haystacks[i] = text == null ? head : head + "\n" + text.toLowerCase(Locale.ROOT);
        }
        return new SearchIndex(ids, haystacks);
    }

    static boolean isBlank(String query) {
        return terms(query).isEmpty();
    }

    /** Ids of the policies containing every word of the query; stops early (partial result) when cancelled. */
    Set<Long> matching(String query, BooleanSupplier cancelled) {
        List<String> terms = terms(query);
        Set<Long> result = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                break;
            }
            if (containsAll(haystacks[i], terms)) {
                result.add(ids[i]);
            }
        }
        return result;
    }

    int size() {
        return ids.length;
    }

    private static boolean containsAll(String haystack, List<String> terms) {
        for (String term : terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** Words of the query, lower-cased; a policy number typed as "5.125" is searched as "5:125". */
    static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(query.strip().split("\\s+"))
                .map(t -> PolicyNumber.tryParse(t).map(PolicyNumber::toString).orElse(t))
                .map(t -> t.toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
