package org.policydesk.store;

import java.sql.PreparedStatement;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Query;

/**
 * Runs one jOOQ statement many times as a JDBC batch: jOOQ renders the SQL once, and each row's values are bound
 * straight onto the prepared statement. jOOQ's own batch builds a bind context and a {@code Val} per value per row;
 * for the 60,000 rows of a 20,000-row roster import that was a third of the import's CPU time (decision 0077).
 *
 * <p>The statement runs on the connection of the transaction {@code tx} belongs to, so it commits or rolls back
 * with it. It bypasses jOOQ's execute listeners, so the store's {@link WriteCounter} is told here,
 * at the start and at the end as jOOQ's listener would be.
 */
final class JdbcBatch {

    /** Rows sent to H2 per {@code executeBatch}. */
    static final int SIZE = 1000;

    /** Puts the values of one item into {@code values}, in the order of the statement's placeholders. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(T item, Object[] values);
    }

    private JdbcBatch() {
    }

    /**
     * Executes {@code shape} once per item. {@code shape} must have exactly {@code parameters} bind placeholders
     * (write it with null values: {@code insertInto(T, A, B).values((String) null, null)}).
     */
    static <T> void run(DSLContext tx, Query shape, int parameters, List<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        String sql = tx.render(shape);
        countWrite(tx);
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Object[] values = new Object[parameters];
                int pending = 0;
                for (T item : items) {
                    binder.bind(item, values);
                    for (int i = 0; i < parameters; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    statement.addBatch();
                    if (++pending == SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
        countWrite(tx);
    }

    /** Tells the store's write counter (a jOOQ execute listener) that a write ran outside jOOQ. */
    private static void countWrite(DSLContext tx) {
        for (ExecuteListenerProvider provider : tx.configuration().executeListenerProviders()) {
            ExecuteListener listener = provider.provide();
            if (listener instanceof WriteCounter counter) {
                counter.countWriteOutsideJooq();
            }
        }
    }
}
