package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.VERSION_EVENT;
import static org.policydesk.store.jooq.Tables.VERSION_HISTORY;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.policydesk.model.HistoryKind;
import org.policydesk.model.PartialDate;
import org.policydesk.model.VersionDating;

/** Reads the adoption and status dates of policies' versions: three small queries, for one policy or many. */
final class VersionDates {

    private VersionDates() {
    }

    static Map<Integer, VersionDating> of(DSLContext dsl, long policyId) {
        return of(dsl, List.of(policyId)).getOrDefault(policyId, Map.of());
    }

    /** The same for several policies at once, by policy id and then seq: still three queries. */
    static Map<Long, Map<Integer, VersionDating>> of(DSLContext dsl, Collection<Long> policyIds) {
        Condition ofPolicies = POLICY_VERSION.POLICY_ID.in(policyIds);
        // The text's own "Adopted:"/"Amended:" lines: an imported adopted text has no vote recorded here.
        Map<VersionKey, PartialDate> inText = new HashMap<>();
        dsl.select(POLICY_VERSION.POLICY_ID, POLICY_VERSION.SEQ, VERSION_HISTORY.DATE_ISO)
                .from(VERSION_HISTORY).join(POLICY_VERSION).on(POLICY_VERSION.ID.eq(VERSION_HISTORY.VERSION_ID))
                .where(ofPolicies)
                .and(VERSION_HISTORY.KIND.in(List.of(HistoryKind.ADOPTED.name(), HistoryKind.AMENDED.name())))
                .forEach(r -> inText.merge(new VersionKey(r.value1(), r.value2()), PartialDate.parseIso(r.value3()),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
        Map<VersionKey, Instant> statusChanged = new HashMap<>();
        dsl.select(POLICY_VERSION.POLICY_ID, POLICY_VERSION.SEQ, DSL.max(VERSION_EVENT.HAPPENED_AT))
                .from(VERSION_EVENT).join(POLICY_VERSION).on(POLICY_VERSION.ID.eq(VERSION_EVENT.VERSION_ID))
                .where(ofPolicies)
                .groupBy(POLICY_VERSION.POLICY_ID, POLICY_VERSION.SEQ)
                .forEach(r -> statusChanged.put(new VersionKey(r.value1(), r.value2()), r.value3().toInstant()));
        Map<Long, Map<Integer, VersionDating>> dating = new HashMap<>();
        dsl.select(POLICY_VERSION.POLICY_ID, POLICY_VERSION.SEQ, POLICY_VERSION.VOTE_DATE).from(POLICY_VERSION)
                .where(ofPolicies)
                .forEach(r -> {
                    VersionKey key = new VersionKey(r.value1(), r.value2());
                    dating.computeIfAbsent(key.policyId(), id -> new HashMap<>()).put(key.seq(), new VersionDating(
                            r.value3() != null ? PartialDate.of(r.value3()) : inText.get(key), statusChanged.get(key)));
                });
        return dating;
    }

    private record VersionKey(long policyId, int seq) {
    }
}
