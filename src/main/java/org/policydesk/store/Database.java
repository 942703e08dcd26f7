package org.policydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.BackupFile;

/**
 * The PolicyDesk store: an H2 file database in one folder, migrated to the current schema on open.
 * Everything H2-specific lives here so repositories stay dialect-neutral: the URL, file encryption
 * ({@code CIPHER=AES}), lock and damage errors, {@code BACKUP TO}, restore and changing the passphrase.
 *
 * <p>Backups are zip files in {@code <data>/backups} named {@code policydesk-<UTC time>-<reason>.zip}, each
 * holding the store file {@code policydesk.mv.db} exactly as H2 keeps it (so an encrypted store's backups
 * are encrypted too). Every file is written beside its final name and moved into place when complete.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** H2 "database may be already in use": another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2 "encryption error in file": wrong passphrase, or an unencrypted file opened with one. */
    private static final int H2_ENCRYPTION_ERROR = 90049;
    /** H2 errors that mean the file is not a readable database: corrupted, IO error while reading, wrong version. */
    private static final List<Integer> H2_DAMAGED = List.of(90030, 90028, 90048, 90067, 50000);
    private static final String FILE_NAME = "policydesk";
    static final String STORE_SUFFIX = ".mv.db";
    static final String STORE_FILE = FILE_NAME + STORE_SUFFIX;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String BACKUP_FOLDER = "backups";
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern BACKUP_NAME =
            Pattern.compile("policydesk-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+?)(?:-\\d+)?\\.zip");

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
        this.mark = new BackupMark(directory.resolve(STORE_FILE), backupFolder(directory));
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
        if (existed && sizeOf(file) == 0) {
            // H2 would treat an empty file as a new database and the user's policies would seem to vanish.
            throw damaged(dir, null);
        }
        boolean encrypted = existed ? isEncrypted(dir) : options.passphrase() != null;
        if (!existed) {
            NewStoreFile.create(dir, file, encrypted, password(encrypted, options));
        }
        // Looked at before H2 opens the file, which may touch it.
        String unchangedSince = existed ? new BackupMark(file, backupFolder(dir)).unchangedSinceBackup() : null;
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

    private static String password(boolean encrypted, StoreOptions options) {
        return encrypted ? FileKey.jdbcPassword(options.passphrase()) : "";
    }

    /** True when the store file in {@code dir} exists and is encrypted. */
    public static boolean isEncrypted(Path dir) {
        Path file = dir.resolve(STORE_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
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
    private static StoreException translate(Path dir, Throwable e) {
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

    private static StoreException damaged(Path dir, Throwable cause) {
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

    // ---------------------------------------------------------------- backups

    /** The folder automatic backups go to. */
    public static Path backupFolder(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(BACKUP_FOLDER);
    }

    /** Takes a backup into the backups folder and deletes the oldest beyond the number to keep. */
    public BackupFile backup(String reason) {
        if (!reason.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("backup reason must be lower-case words with dashes: " + reason);
        }
        Path folder = backupFolder(directory);
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(BACKUP_TIME);
        Path target = folder.resolve("policydesk-" + stamp + "-" + reason + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("policydesk-" + stamp + "-" + reason + "-" + n + ".zip");
        }
        long writesBefore = writes.count();
        backupTo(target);
        coveredBy(target.getFileName().toString(), writesBefore);
        rotate(folder, options.backupsToKeep());
        LOG.info("Backed up the store to {}", target);
        return describe(target).orElseThrow();
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
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot write the backup " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The backups in the store's backups folder, newest first. */
    public static List<BackupFile> backups(Path dataDir) {
        Path folder = backupFolder(dataDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "policydesk-*.zip")) {
            for (Path f : files) {
                describe(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing((BackupFile b) -> b.file().getFileName().toString()).reversed());
        return found;
    }

    private static Optional<BackupFile> describe(Path file) {
        Matcher m = BACKUP_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(m.group(1), BACKUP_TIME).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupFile(file, at, m.group(2), Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private static void rotate(Path folder, int keep) {
        List<BackupFile> all = backups(folder.getParent());
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            deleteQuietly(old.file());
            LOG.info("Deleted the old backup {} (keeping {})", old.file(), keep);
        }
    }

    /** Leftovers of a backup or restore that a crash interrupted; only the lock holder writes here. */
    private void removeStaleTempFiles() {
        for (Path folder : List.of(directory, backupFolder(directory))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".policydesk*.tmp")) {
                for (Path f : files) {
                    deleteQuietly(f);
                }
            } catch (IOException e) {
                LOG.warn("Cannot tidy {}", folder, e);
            }
        }
    }

    /**
     * Replaces the store in {@code dataDir} with the backup {@code backupZip}. The store must be closed
     * everywhere. The backup is checked first (it must open, with the passphrase in {@code options} if
     * encrypted); the store being replaced is kept in the backups folder as a "before-restore" backup.
     */
    public static void restore(Path dataDir, Path backupZip, StoreOptions options) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path folder = backupFolder(dir);
        Path staging = dir.resolve(".policydesk-restore-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            ensureClosedEverywhere(dir);
            Files.createDirectories(staging);
            extractStoreFile(backupZip, staging.resolve(STORE_FILE));
            checkOpens(staging, options, backupZip);
            Path current = dir.resolve(STORE_FILE);
            if (Files.exists(current) && sizeOf(current) > 0) {
                String stamp = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).format(BACKUP_TIME);
                zipStoreFile(current, folder.resolve("policydesk-" + stamp + "-before-restore.zip"));
            }
            moveIntoPlace(staging.resolve(STORE_FILE), current);
            rotate(folder, Math.max(options.backupsToKeep(), 1) + 1);
            LOG.info("Restored the store at {} from {}", dir, backupZip);
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + backupZip + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    /** Restores the newest backup that opens; returns it, or empty when there is none. */
    public static Optional<BackupFile> restoreLatest(Path dataDir, StoreOptions options) {
        try {
            ensureClosedEverywhere(dataDir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new StoreException("Cannot restore the store at " + dataDir + ": " + e.getMessage(), e);
        }
        StoreException last = null;
        for (BackupFile b : backups(dataDir)) {
            try {
                restore(dataDir, b.file(), options);
                return Optional.of(b);
            } catch (StoreException e) {
                if (e.kind() == StoreException.Kind.LOCKED || e.kind() == StoreException.Kind.PASSPHRASE_NEEDED) {
                    throw e;
                }
                LOG.warn("Backup {} cannot be restored; trying an older one", b.file(), e);
                last = e;
            }
        }
        if (last != null) {
            throw new StoreException(StoreException.Kind.BAD_BACKUP,
                    "None of the backups in " + backupFolder(dataDir) + " could be restored.", last);
        }
        return Optional.empty();
    }

    /**
     * Changes the store's passphrase: {@code oldPassphrase} null encrypts an unencrypted store,
     * {@code newPassphrase} null removes encryption. The store must be closed everywhere. The store file is
     * converted as a copy and moved into place once it opens with the new passphrase; then every backup in
     * the backups folder is converted too, so none is left readable with the old passphrase or none.
     *
     * @return how many backups could not be converted (made with another passphrase, or damaged); they are left as they were
     */
    public static int changePassphrase(Path dataDir, char[] oldPassphrase, char[] newPassphrase) {
        Path dir = dataDir.toAbsolutePath().normalize();
        boolean encrypted = isEncrypted(dir);
        if (!exists(dir)) {
            throw new StoreException("There is no PolicyDesk store at " + dir + " yet.", null);
        }
        if (encrypted && oldPassphrase == null) {
            throw new StoreException(StoreException.Kind.PASSPHRASE_NEEDED, "The PolicyDesk store at " + dir
                    + " is encrypted; give its current passphrase to change it.", null);
        }
        char[] old = encrypted ? oldPassphrase : null;
        // Opening once checks both that no one else has the store open and that the old passphrase is right.
        checkOpens(dir, StoreOptions.defaults().withPassphrase(old), dir.resolve(STORE_FILE));
        convert(dir.resolve(STORE_FILE), old, newPassphrase, dir);
        int left = 0;
        for (BackupFile b : backups(dir)) {
            Path staging = dir.resolve(".policydesk-rekey-" + UUID.randomUUID() + ".tmp");
            try {
                Files.createDirectories(staging);
                Path file = staging.resolve(STORE_FILE);
                extractStoreFile(b.file(), file);
                char[] from = isEncrypted(staging) ? old : null;
                convert(file, from, newPassphrase, staging);
                zipStoreFile(file, b.file());
            } catch (IOException | StoreException e) {
                left++;
                LOG.warn("Backup {} was left with its old encryption", b.file(), e);
            } finally {
                deleteTree(staging);
            }
        }
        LOG.info("Changed the passphrase of the store at {} ({} backups left as they were)", dir, left);
        return left;
    }

    /** Re-encrypts one store file: converted as a copy, checked, then moved over the original. */
    private static void convert(Path file, char[] from, char[] to, Path workDir) {
        Path staging = workDir.resolve(".policydesk-convert-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(staging);
            Path copy = staging.resolve(STORE_FILE);
            Files.copy(file, copy);
            if (from != null || to != null) {
                ChangeFileEncryption.execute(staging.toString(), FILE_NAME, "AES",
                        from == null ? null : FileKey.of(from), to == null ? null : FileKey.of(to), true);
            }
            checkOpens(staging, StoreOptions.defaults().withPassphrase(to), file);
            moveIntoPlace(copy, file);
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot change the encryption of " + file + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    /** Opens the store file in {@code dir} once and closes it, to prove it is readable with these options. */
    private static void checkOpens(Path dir, StoreOptions options, Path shownAs) {
        boolean encrypted = isEncrypted(dir);
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

    private static void ensureClosedEverywhere(Path dir) throws IOException {
        Path file = dir.resolve(STORE_FILE);
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw lockedForRestore(dir, null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw lockedForRestore(dir, e);
        }
    }

    private static StoreException lockedForRestore(Path dir, Throwable cause) {
        return new StoreException(StoreException.Kind.LOCKED, "The PolicyDesk store at " + dir
                + " is open in a PolicyDesk window or command; close it before restoring.", cause);
    }

    /** Copies the one store file out of a backup zip, refusing anything else. */
    private static void extractStoreFile(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException(StoreException.Kind.BAD_BACKUP, zip + " does not exist.", null);
        }
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().equals(STORE_FILE) && !found) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.BAD_BACKUP,
                    zip.getFileName() + " is not a PolicyDesk backup (it cannot be read as one).", e);
        }
        if (!found || Files.size(target) == 0) {
            throw new StoreException(StoreException.Kind.BAD_BACKUP,
                    zip.getFileName() + " is not a PolicyDesk backup (it holds no store).", null);
        }
    }

    /** Zips a store file the way {@code BACKUP TO} does, written beside the target and moved into place. */
    private static void zipStoreFile(Path storeFile, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(STORE_FILE));
                Files.copy(storeFile, zip);
                zip.closeEntry();
            }
            moveIntoPlace(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        DurableFiles.moveIntoPlace(temp, target);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Database::deleteQuietly);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", dir, e);
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
