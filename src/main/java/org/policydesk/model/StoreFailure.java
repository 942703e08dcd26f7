package org.policydesk.model;

/**
 * The store could not be opened, used, restored or re-keyed. The message is one line written for the user; the
 * kind says what went wrong, so the window and the CLI can offer the right way out. The store layer throws its
 * {@code StoreException} and the service its {@code WorkspaceOpenException}; both are this, so gui and cli read the
 * kind without depending on the store (decision 0081).
 */
public abstract class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** Another PolicyDesk window or command has the store open: close it and try again. */
        LOCKED,
        /** The store is encrypted and no passphrase was given: ask for it. */
        PASSPHRASE_NEEDED,
        /** The passphrase does not open the store (or the encrypted file is damaged beyond telling): ask again. */
        WRONG_PASSPHRASE,
        /** The store file is truncated, garbled or otherwise unreadable: restore a backup, open another, or quit. */
        DAMAGED,
        /** A backup file is not a PolicyDesk backup or cannot be read, or none of the backups could be restored. */
        BAD_BACKUP,
        /** Anything else: a folder that cannot be made, a full disk… */
        OTHER
    }

    private final Kind kind;

    protected StoreFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
