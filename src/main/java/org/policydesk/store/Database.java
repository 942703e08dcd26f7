package org.policydesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.BackupFile;

/**
 * The PolicyDesk store: an H2 file database in one folder, opened (file lock held until close) and migrated to
 * the current schema. The H2 specifics of opening live here (the URL, lock and damage errors, {@code BACKUP TO});
 * the backups folder and restoring are {@link StoreBackups}, the passphrase is {@link StoreEncryption}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** H2 "database may be already in use": another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2 "encryption error in file": wrong passphrase, or an unencrypted file opened with one. */
    private static final int H2_ENCRYPTION_ERROR = 90049;
    /** H2 errors that mean the file is not a readable database: corrupted, IO error while reading, wrong version. */
    private static final List<Integer> H2_DAMAGED = List.of(90030, 90028, 90048, 90067, 50000);
    static final String FILE_NAME = "policydesk";
    static final String STORE_SUFFIX = ".mv.db";
    static final String STORE_FILE = FILE_NAME + STORE_SUFFIX;

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
    private final StoreOptions options;
    private final boolean encrypted;
    private final Clock clock;
    private final WriteCounter writes = new WriteCounter();
    private final BackupMark mark;
    /** The write count at which the store last equalled a backup in the backups folder, or -1 when it does not. */
    private volatile long writesWhenBackedUp = -1;
    /** The file name of that backup. */
    private volatile String coveringBackup;

    private Database(Path directory, JdbcConnectionPool pool, Connection lockHolder, StoreOptions options,
                     boolean encrypted, Clock clock) {
        this.directory = directory;
        this.pool = pool;
        this.lockHolder = lockHolder;
        this.dsl = DSL.using(new org.jooq.impl.DefaultConfiguration().set(pool).set(SQLDialect.H2).set(writes));
        this.options = options;
        this.encrypted = encrypted;
        this.clock = clock;
        this.mark = new BackupMark(directory.resolve(STORE_FILE), StoreBackups.backupFolder(directory));
    }

    /** Opens (creating if needed) an unencrypted store in {@code directory} and migrates it. */
    public static Database open(Path directory) {
        return open(directory, StoreOptions.defaults());
    }

    /**
     * Opens (creating if needed) the store in {@code directory}, backs it up when asked to or when a schema
     * migration is pending, and migrates it.
     *
     * @throws StoreException with a {@link StoreException.Kind} saying what went wrong
     */
    public static Database open(Path directory, StoreOptions options) {
        return open(directory, options, Clock.systemUTC());
    }

    static Database open(Path directory, StoreOptions options, Clock clock) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the PolicyDesk data folder " + dir + ": " + e.getMessage(), e);
        }
        Path file = dir.resolve(STORE_FILE);
        boolean existed = Files.exists(file);
        if (existed && StoreFiles.sizeOf(file) == 0) {
            // H2 would treat an empty file as a new database and the user's policies would seem to vanish.
            throw damaged(dir, null);
        }
        boolean encrypted = existed ? StoreEncryption.isEncrypted(dir) : options.passphrase() != null;
        if (!existed) {
            NewStoreFile.create(dir, file, encrypted, password(encrypted, options));
        }
        // Looked at before H2 opens the file, which may touch it.
        String unchangedSince = existed ? new BackupMark(file, StoreBackups.backupFolder(dir)).unchangedSinceBackup() : null;
        if (encrypted && options.passphrase() == null) {
            throw new StoreException(StoreException.Kind.PASSPHRASE_NEEDED, "The PolicyDesk store at " + dir
                    + " is encrypted; give its passphrase to open it.", null);
        }
        if (existed && !encrypted && options.passphrase() != null) {
            LOG.warn("A passphrase was given, but the store at {} is not encrypted; opening it without one", dir);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, encrypted), "sa", password(encrypted, options));
        Connection lockHolder;
        try {
            lockHolder = pool.getConnection();
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw translate(dir, e);
        }
        Database db = new Database(dir, pool, lockHolder, options, encrypted, clock);
        try {
            db.removeStaleTempFiles();
            db.migrate(existed, unchangedSince);
        } catch (RuntimeException e) {
            db.close();
            throw e instanceof StoreException se ? se : translate(dir, e);
        }
        return db;
    }

    static String url(Path dir, boolean encrypted) {
        return url(dir, FILE_NAME, encrypted);
    }

    static String url(Path dir, String fileName, boolean encrypted) {
        return "jdbc:h2:file:" + dir.resolve(fileName) + (encrypted ? ";CIPHER=AES" : "");
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    static String password(boolean encrypted, StoreOptions options) {
        return encrypted ? FileKey.jdbcPassword(options.passphrase()) : "";
    }

    /** True when {@code dir} holds a store file. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(STORE_FILE));
    }

    /**
     * Brings the schema up to date. Unless Flyway's history table already lists every migration (decision 0084),
     * Flyway reads the migrations once ({@code info}); only when some are pending does it migrate (which validates
     * the applied ones again), preceded by a backup (decision 0061).
     *
     * @param unchangedSince the backup the store still equals, or null: then the start backup is skipped
     */
    private void migrate(boolean existed, String unchangedSince) {
        try {
            // An existing store is nearly always current: one query says so, and Flyway is not even started.
            Flyway flyway = existed && SchemaHistory.isCurrent(dsl) ? null : flyway(pool);
            int pending = flyway == null ? 0 : flyway.info().pending().length;
            if (existed && pending > 0) {
                backup("before-update");
            } else if (existed && unchangedSince != null) {
                coveredBy(unchangedSince, writes.count());
                LOG.info("The store is unchanged since the backup {}; no start backup needed", unchangedSince);
            } else if (existed && options.backupAtStart()) {
                backup("at-start");
            }
            if (pending > 0) {
                flyway.migrate();
                writesWhenBackedUp = -1;
            }
        } catch (FlywayException e) {
            StoreException translated = translate(directory, e);
            if (translated.kind() != StoreException.Kind.OTHER) {
                throw translated;
            }
            throw new StoreException("Cannot bring the PolicyDesk store at " + directory
                    + " up to date: " + e.getMessage(), e);
        }
    }

    /** Turns what H2 (or Flyway on H2) threw into a user sentence with a kind. */
    static StoreException translate(Path dir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException se) {
                return se;
            }
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == H2_DATABASE_ALREADY_OPEN) {
                    return new StoreException(StoreException.Kind.LOCKED, "The PolicyDesk store at " + dir
                            + " is already open in another PolicyDesk window or command. Close it and try again.", e);
                }
                if (code == H2_ENCRYPTION_ERROR) {
                    return new StoreException(StoreException.Kind.WRONG_PASSPHRASE,
                            "That passphrase does not open the PolicyDesk store at " + dir + "; try again.", e);
                }
                if (H2_DAMAGED.contains(code)) {
                    return damaged(dir, e);
                }
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return damaged(dir, e);
            }
        }
        return new StoreException("Cannot open the PolicyDesk store at " + dir + ": " + e.getMessage(), e);
    }

    static StoreException damaged(Path dir, Throwable cause) {
        return new StoreException(StoreException.Kind.DAMAGED, "The PolicyDesk store at " + dir
                + " is damaged and cannot be read; restore a backup or open another store.", cause);
    }

    public Path directory() {
        return directory;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /**
     * Counts committed changes to staff (employees, their buildings). The store is one process's alone (the
     * file lock), so repositories can cache staff for as long as this number stays the same.
     */
    private final java.util.concurrent.atomic.AtomicLong staffGeneration = new java.util.concurrent.atomic.AtomicLong();

    long staffGeneration() {
        return staffGeneration.get();
    }

    void staffChanged() {
        staffGeneration.incrementAndGet();
    }

    /** The jOOQ entry point for repositories in this package. */
    DSLContext dsl() {
        return dsl;
    }

    /** Takes a backup into the backups folder and deletes the oldest beyond the number to keep. */
    public BackupFile backup(String reason) {
        if (!reason.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("backup reason must be lower-case words with dashes: " + reason);
        }
        Path folder = StoreBackups.backupFolder(directory);
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(StoreBackups.BACKUP_TIME);
        Path target = folder.resolve("policydesk-" + stamp + "-" + reason + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("policydesk-" + stamp + "-" + reason + "-" + n + ".zip");
        }
        long writesBefore = writes.count();
        backupTo(target);
        coveredBy(target.getFileName().toString(), writesBefore);
        StoreBackups.rotate(folder, options.backupsToKeep());
        LOG.info("Backed up the store to {}", target);
        return StoreBackups.describe(target).orElseThrow();
    }

    /**
     * Writes a consistent backup of the open store to {@code target} (H2 {@code BACKUP TO}, which copies
     * the file while the store stays in use). Written beside the target and moved into place when
     * complete, replacing any file already there: callers ask the user first.
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            dsl.execute("BACKUP TO {0}", DSL.inline(temp.toString()));
            StoreFiles.moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot write the backup " + absolute + ": " + e.getMessage(), e);
        } finally {
            StoreFiles.deleteQuietly(temp);
        }
    }

    /** Leftovers of a backup or restore that a crash interrupted; only the lock holder writes here. */
    private void removeStaleTempFiles() {
        for (Path folder : List.of(directory, StoreBackups.backupFolder(directory))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".policydesk*.tmp")) {
                for (Path f : files) {
                    StoreFiles.deleteQuietly(f);
                }
            } catch (IOException e) {
                LOG.warn("Cannot tidy {}", folder, e);
            }
        }
    }

    /** Opens the store file in {@code dir} once and closes it, to prove it is readable with these options. */
    static void checkOpens(Path dir, StoreOptions options, Path shownAs) {
        boolean encrypted = StoreEncryption.isEncrypted(dir);
        if (encrypted && options.passphrase() == null) {
            throw new StoreException(StoreException.Kind.PASSPHRASE_NEEDED,
                    shownAs.getFileName() + " is encrypted; give its passphrase.", null);
        }
        try (Connection c = DriverManager.getConnection(url(dir, encrypted), "sa", password(encrypted, options))) {
            c.createStatement().execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            StoreException t = translate(dir, e);
            if (t.kind() == StoreException.Kind.DAMAGED) {
                throw new StoreException(StoreException.Kind.BAD_BACKUP,
                        shownAs.getFileName() + " is damaged or is not a PolicyDesk store.", e);
            }
            throw t;
        }
    }

    /**
     * Writes committed changes to the file now. H2 otherwise writes them within its write delay (about half a
     * second), so a process killed right after a commit could lose it; autosave calls this after each save.
     */
    public void flush() {
        try {
            dsl.execute("CHECKPOINT");
        } catch (RuntimeException e) {
            throw new StoreException("Cannot write the PolicyDesk store at " + directory + " to disk: " + e.getMessage(), e);
        }
    }

    private void coveredBy(String backup, long writeCount) {
        coveringBackup = backup;
        writesWhenBackedUp = writeCount;
    }

    @Override
    public void close() {
        try {
            lockHolder.close();
        } catch (SQLException ignored) {
            // Closing is best effort; disposing the pool below releases the file either way.
        }
        pool.dispose();
        rememberWhetherBackedUp();
    }

    /** After the file is closed: marks it as equal to its newest backup when nothing was written since. */
    private void rememberWhetherBackedUp() {
        try {
            if (writesWhenBackedUp >= 0 && writesWhenBackedUp == writes.count() && coveringBackup != null) {
                mark.write(coveringBackup);
            } else {
                mark.delete();
            }
        } catch (IOException e) {
            LOG.warn("Cannot note whether the store at {} is backed up; the next start takes a backup", directory, e);
            try {
                mark.delete();
            } catch (IOException ignored) {
                // Then the mark no longer matches the file anyway once anything is written.
            }
        }
    }
}
