package org.policydesk.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Whether a store's schema is already current, read from Flyway's history table with one query. Asking Flyway
 * itself (its plugins, a scan of the jar for migrations, its info) cost every start about 90 ms of CPU, for
 * the answer "nothing pending" on all but the first start after an update (decision 0084).
 */
final class SchemaHistory {

    /** The newest migration this build ships, {@code V<n>__*.sql} in {@code db/migration}; a test keeps it true. */
    static final int LATEST = 10;

    /**
     * Every migration this build ships. Branches take numbers out of order (as V10 came before V8 and V9 did), so
     * the check reads this list rather than counting 1 to LATEST; add a number here with its migration.
     */
    static final List<Integer> SHIPPED = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    private static final Table<?> HISTORY = DSL.table(DSL.name("flyway_schema_history"));
    private static final Field<String> VERSION = DSL.field(DSL.name("version"), String.class);
    private static final Field<Boolean> SUCCESS = DSL.field(DSL.name("success"), Boolean.class);

    private SchemaHistory() {
    }

    /**
     * True when every migration from 1 to {@link #LATEST} is recorded as applied and none failed; false when
     * anything is missing, failed or not understood, and then Flyway decides.
     */
    static boolean isCurrent(DSLContext dsl) {
        Set<Integer> applied = new HashSet<>();
        try {
            for (Record2<String, Boolean> row : dsl.select(VERSION, SUCCESS).from(HISTORY).fetch()) {
                if (!Boolean.TRUE.equals(row.value2())) {
                    return false;
                }
                if (row.value1() != null) {
                    applied.add(Integer.valueOf(row.value1()));
                }
            }
        } catch (DataAccessException | NumberFormatException e) {
            return false;
        }
        return applied.containsAll(SHIPPED);
    }
}
