package org.policydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The PolicyDesk store: an H2 file database in one folder, migrated to the current schema on open.
 * H2-specific details (URL, lock errors) stay in this class so repositories remain dialect-neutral.
 */
public final class Database implements AutoCloseable {

    /** H2's "database may be already in use": another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String FILE_NAME = "policydesk";

    static {
        // jOOQ prints a banner and tips at start-up; the console belongs to the CLI's own output.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path directory;
    private final JdbcConnectionPool pool;
    /** Held for the whole session so the file lock is taken at open and kept until close. */
    private final Connection lockHolder;
    private final DSLContext dsl;

    private Database(Path directory, JdbcConnectionPool pool, Connection lockHolder) {
        this.directory = directory;
        this.pool = pool;
        this.lockHolder = lockHolder;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** Opens (creating if needed) the store in {@code directory} and migrates it. */
    public static Database open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the PolicyDesk data folder " + dir + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir), "sa", "");
        Connection lockHolder;
        try {
            lockHolder = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(dir, e);
        }
        Database db = new Database(dir, pool, lockHolder);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(FILE_NAME);
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot bring the PolicyDesk store at " + directory
                    + " up to date: " + e.getMessage(), e);
        }
    }

    private static StoreException translate(Path dir, SQLException e) {
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new StoreException("The PolicyDesk store at " + dir
                    + " is already open in another PolicyDesk window or command. Close it and try again.", e);
        }
        return new StoreException("Cannot open the PolicyDesk store at " + dir + ": " + e.getMessage(), e);
    }

    public Path directory() {
        return directory;
    }

    /** The jOOQ entry point for repositories in this package. */
    DSLContext dsl() {
        return dsl;
    }

    /**
     * Writes committed changes to the file now. H2 otherwise writes them within its write delay (about half a
     * second), so a process killed right after a commit could lose it; autosave calls this after each save.
     */
    public void flush() {
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("Cannot write the PolicyDesk store at " + directory + " to disk: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lockHolder.close();
        } catch (SQLException ignored) {
            // Closing is best effort; disposing the pool below releases the file either way.
        }
        pool.dispose();
    }
}
