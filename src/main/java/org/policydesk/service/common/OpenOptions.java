package org.policydesk.service.common;

/**
 * How the GUI or a CLI command opens the store.
 *
 * @param passphrase    the encryption passphrase, or null. Given for a new store, the store is created encrypted.
 * @param backupAtStart take an automatic backup of an existing store first: the window and commands that change data do
 */
public record OpenOptions(char[] passphrase, boolean backupAtStart) {

    /** No passphrase, no start backup: read-only commands and tests. */
    public static OpenOptions plain() {
        return new OpenOptions(null, false);
    }

    public OpenOptions withPassphrase(char[] value) {
        return new OpenOptions(value, backupAtStart);
    }

    public OpenOptions withBackupAtStart(boolean value) {
        return new OpenOptions(passphrase, value);
    }
}
