package org.policydesk.store;

/**
 * How to open a store.
 *
 * @param passphrase    the encryption passphrase, or null for a store without encryption. A new store
 *                      opened with a passphrase is created encrypted; an existing unencrypted store ignores it.
 * @param backupAtStart take an automatic backup when an existing store opens (a backup before a schema
 *                      migration is taken whatever this says)
 * @param backupsToKeep how many automatic backups the backups folder keeps; older ones are deleted
 */
public record StoreOptions(char[] passphrase, boolean backupAtStart, int backupsToKeep) {

    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;

    public StoreOptions {
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + backupsToKeep);
        }
    }

    /** No encryption, no start backup, the default rotation: what tests and read-only commands use. */
    public static StoreOptions defaults() {
        return new StoreOptions(null, false, DEFAULT_BACKUPS_TO_KEEP);
    }

    public StoreOptions withPassphrase(char[] value) {
        return new StoreOptions(value, backupAtStart, backupsToKeep);
    }

    public StoreOptions withBackupAtStart(boolean value) {
        return new StoreOptions(passphrase, value, backupsToKeep);
    }

    public StoreOptions withBackupsToKeep(int value) {
        return new StoreOptions(passphrase, backupAtStart, value);
    }
}
