package org.policydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Remembers, when the store closes, that the closed file holds nothing its newest backup lacks: the file's
 * size and modification time then, and the backup's name. The next start compares them and skips its start
 * backup when they still match (decision 0061). Any doubt (no mark, another size or time, the backup gone,
 * an unreadable mark) means "changed", so a backup is taken.
 */
final class BackupMark {

    static final String FILE_NAME = "store-at-last-backup.properties";

    private final Path storeFile;
    private final Path markFile;

    BackupMark(Path storeFile, Path backupFolder) {
        this.storeFile = storeFile;
        this.markFile = backupFolder.resolve(FILE_NAME);
    }

    /**
     * The name of the backup the store file still equals: the file is as it was when the mark was written and
     * that backup still exists. Null otherwise.
     */
    String unchangedSinceBackup() {
        if (!Files.isRegularFile(markFile) || !Files.isRegularFile(storeFile)) {
            return null;
        }
        Properties mark = new Properties();
        try (InputStream in = Files.newInputStream(markFile)) {
            mark.load(in);
            String backup = mark.getProperty("backup");
            boolean same = backup != null && Files.isRegularFile(markFile.resolveSibling(backup))
                    && String.valueOf(Files.size(storeFile)).equals(mark.getProperty("size"))
                    && String.valueOf(modified(storeFile)).equals(mark.getProperty("modified"));
            return same ? backup : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Records the (closed) store file as covered by {@code backup}, a file in the backups folder. */
    void write(String backup) throws IOException {
        Properties mark = new Properties();
        mark.setProperty("backup", backup);
        mark.setProperty("size", String.valueOf(Files.size(storeFile)));
        mark.setProperty("modified", String.valueOf(modified(storeFile)));
        Path temp = markFile.resolveSibling(".policydesk-mark-" + System.nanoTime() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            mark.store(out, "Written by PolicyDesk when the store closed unchanged since this backup");
        }
        try {
            Files.move(temp, markFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, markFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forgets the mark: the store changed since its last backup, or that is not known. */
    void delete() throws IOException {
        Files.deleteIfExists(markFile);
    }

    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }
}
