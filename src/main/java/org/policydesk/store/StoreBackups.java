package org.policydesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.BackupFile;

/**
 * The backups folder of a store: listing, rotating and restoring backups. Backups are zip files in
 * {@code <data>/backups} named {@code policydesk-<UTC time>-<reason>.zip}, each holding the store file exactly as
 * H2 keeps it (so an encrypted store's backups are encrypted too). Taking one needs the open store:
 * {@link Database#backup}.
 */
public final class StoreBackups {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackups.class);
    private static final String BACKUP_FOLDER = "backups";
    static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern BACKUP_NAME =
            Pattern.compile("policydesk-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+?)(?:-\\d+)?\\.zip");

    private StoreBackups() {
    }

    /** The folder automatic backups go to. */
    public static Path backupFolder(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(BACKUP_FOLDER);
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

    static Optional<BackupFile> describe(Path file) {
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

    static void rotate(Path folder, int keep) {
        List<BackupFile> all = backups(folder.getParent());
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            StoreFiles.deleteQuietly(old.file());
            LOG.info("Deleted the old backup {} (keeping {})", old.file(), keep);
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
            extractStoreFile(backupZip, staging.resolve(Database.STORE_FILE));
            Database.checkOpens(staging, options, backupZip);
            Path current = dir.resolve(Database.STORE_FILE);
            if (Files.exists(current) && StoreFiles.sizeOf(current) > 0) {
                String stamp = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).format(BACKUP_TIME);
                zipStoreFile(current, folder.resolve("policydesk-" + stamp + "-before-restore.zip"));
            }
            StoreFiles.moveIntoPlace(staging.resolve(Database.STORE_FILE), current);
            rotate(folder, Math.max(options.backupsToKeep(), 1) + 1);
            LOG.info("Restored the store at {} from {}", dir, backupZip);
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + backupZip + ": " + e.getMessage(), e);
        } finally {
            StoreFiles.deleteTree(staging);
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

    static void ensureClosedEverywhere(Path dir) throws IOException {
        Path file = dir.resolve(Database.STORE_FILE);
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

    static StoreException lockedForRestore(Path dir, Throwable cause) {
        return new StoreException(StoreException.Kind.LOCKED, "The PolicyDesk store at " + dir
                + " is open in a PolicyDesk window or command; close it before restoring.", cause);
    }

    /** Copies the one store file out of a backup zip, refusing anything else. */
    static void extractStoreFile(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException(StoreException.Kind.BAD_BACKUP, zip + " does not exist.", null);
        }
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().equals(Database.STORE_FILE) && !found) {
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
    static void zipStoreFile(Path storeFile, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(Database.STORE_FILE));
                Files.copy(storeFile, zip);
                zip.closeEntry();
            }
            StoreFiles.moveIntoPlace(temp, target);
        } finally {
            StoreFiles.deleteQuietly(temp);
        }
    }
}
