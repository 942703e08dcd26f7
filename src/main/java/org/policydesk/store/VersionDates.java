package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.VERSION_EVENT;
import static org.policydesk.store.jooq.Tables.VERSION_HISTORY;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.PartialDate;
import org.policydesk.model.VersionDating;

/** Reads the adoption and status dates of a policy's versions, three small queries for the whole policy. */
final class VersionDates {

    private VersionDates() {
    }

    static Map<Integer, VersionDating> of(DSLContext dsl, long policyId) {
        // The text's own "Adopted:"/"Amended:" lines: an imported adopted text has no vote recorded here.
        Map<Integer, PartialDate> inText = new HashMap<>();
        dsl.select(POLICY_VERSION.SEQ, VERSION_HISTORY.DATE_ISO)
                .from(VERSION_HISTORY).join(POLICY_VERSION).on(POLICY_VERSION.ID.eq(VERSION_HISTORY.VERSION_ID))
                .where(POLICY_VERSION.POLICY_ID.eq(policyId))
                .and(VERSION_HISTORY.KIND.in(List.of(HistoryKind.ADOPTED.name(), HistoryKind.AMENDED.name())))
                .forEach(r -> inText.merge(r.value1(), PartialDate.parseIso(r.value2()),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
        Map<Integer, Instant> statusChanged = new HashMap<>();
        dsl.select(POLICY_VERSION.SEQ, DSL.max(VERSION_EVENT.HAPPENED_AT))
                .from(VERSION_EVENT).join(POLICY_VERSION).on(POLICY_VERSION.ID.eq(VERSION_EVENT.VERSION_ID))
                .where(POLICY_VERSION.POLICY_ID.eq(policyId))
                .groupBy(POLICY_VERSION.SEQ)
                .forEach(r -> statusChanged.put(r.value1(), r.value2().toInstant()));
        Map<Integer, VersionDating> dating = new HashMap<>();
        dsl.select(POLICY_VERSION.SEQ, POLICY_VERSION.VOTE_DATE).from(POLICY_VERSION)
                .where(POLICY_VERSION.POLICY_ID.eq(policyId))
                .forEach(r -> dating.put(r.value1(), new VersionDating(
                        r.value2() != null ? PartialDate.of(r.value2()) : inText.get(r.value1()),
                        statusChanged.get(r.value1()))));
        return dating;
    }
}
