package org.policydesk.service.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.policydesk.model.AuditEntry;
import org.policydesk.model.BackupFile;
import org.policydesk.service.common.AuditSubjects;
import org.policydesk.service.common.WorkspaceOpenException;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.Database;
import org.policydesk.store.StoreBackups;
import org.policydesk.store.StoreEncryption;
import org.policydesk.store.StoreException;
import org.policydesk.store.StoreOptions;

/**
 * What is done to a store while it is closed: restore a backup, change the passphrase. Each call fails with
 * a {@link WorkspaceOpenException} whose kind says why (LOCKED when another PolicyDesk has the store open).
 * Each records its audit event in the store once it is done.
 */
public final class StoreMaintenance {

    private StoreMaintenance() {
    }

    public static boolean isEncrypted(Path dataDir) {
        return StoreEncryption.isEncrypted(dataDir);
    }

    /** The backups in the data folder's backups folder, newest first. */
    public static List<BackupFile> backups(Path dataDir) {
        try {
            return StoreBackups.backups(dataDir);
        } catch (StoreException e) {
            throw translate(e);
        }
    }

    /** Replaces the (closed) store with {@code backup}; the store it replaces is kept as a backup. */
    public static void restore(Path dataDir, Path backup, char[] passphrase) {
        try {
            StoreBackups.restore(dataDir, backup, storeOptions(dataDir, passphrase));
            record(dataDir, passphrase, AuditEntry.of("store.restore", AuditSubjects.STORE, "restore")
                    .with("from", backup.toAbsolutePath().normalize()));
        } catch (StoreException e) {
            throw translate(e);
        }
    }

    /** Restores the newest backup that opens; empty when there is no backup at all. */
    public static Optional<BackupFile> restoreLatest(Path dataDir, char[] passphrase) {
        try {
            Optional<BackupFile> restored = StoreBackups.restoreLatest(dataDir, storeOptions(dataDir, passphrase));
            restored.ifPresent(b -> record(dataDir, passphrase,
                    AuditEntry.of("store.restore", AuditSubjects.STORE, "restore").with("from", b.file())));
            return restored;
        } catch (StoreException e) {
            throw translate(e);
        }
    }

    /**
     * Sets, changes or (with {@code newPassphrase} null) removes the store's passphrase, backups included.
     *
     * @return how many backups were left with their old encryption (made under yet another passphrase, or damaged)
     */
    public static int changePassphrase(Path dataDir, char[] oldPassphrase, char[] newPassphrase) {
        try {
            int left = StoreEncryption.changePassphrase(dataDir, oldPassphrase, newPassphrase);
            record(dataDir, newPassphrase, AuditEntry.of("store.encryption", AuditSubjects.STORE, "encryption")
                    .with("encrypted", newPassphrase != null).with("backups_left_as_they_were", left));
            return left;
        } catch (StoreException e) {
            throw translate(e);
        }
    }

    /** The event of a change made while the store was closed, recorded once it is done. */
    private static void record(Path dataDir, char[] passphrase, AuditEntry entry) {
        try (Database db = Database.open(dataDir, storeOptions(dataDir, passphrase))) {
            new AuditTrail(db).append(entry);
        }
    }

    public static StoreOptions storeOptions(Path dataDir, char[] passphrase) {
        return StoreOptions.defaults()
                .withPassphrase(passphrase)
                .withBackupsToKeep(BackupSettings.backupsToKeep(dataDir));
    }

    public static WorkspaceOpenException translate(StoreException e) {
        return new WorkspaceOpenException(e.kind(), e.getMessage(), e);
    }
}
