package org.policydesk.store;

import java.util.concurrent.atomic.AtomicLong;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

/**
 * Counts statements that may change the store (jOOQ's write, batch, DDL and routine executions; reads and
 * H2 commands such as {@code BACKUP TO} or {@code CHECKPOINT} are not counted), at their start and their end,
 * so that a write running while a backup is taken also shows as "after it".
 */
final class WriteCounter implements ExecuteListener {

    private final AtomicLong count = new AtomicLong();

    long count() {
        return count.get();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        countIfWrite(ctx);
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        countIfWrite(ctx);
    }

    /** The start or end of a write that runs on the JDBC connection directly ({@link JdbcBatch}). */
    void countWriteOutsideJooq() {
        count.incrementAndGet();
    }

    private void countIfWrite(ExecuteContext ctx) {
        ExecuteType type = ctx.type();
        if (type != ExecuteType.READ && type != ExecuteType.OTHER) {
            count.incrementAndGet();
        }
    }
}
