package org.policydesk.service;

/** The store could not be opened (or restored, or re-keyed); the message is one line written for the user. */
public class WorkspaceOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so the window and the CLI can offer the right way out. */
    public enum Kind {
        /** Another PolicyDesk window or command has the store open: close it and try again. */
        LOCKED,
        /** The store is encrypted: ask for the passphrase. */
        PASSPHRASE_NEEDED,
        /** The passphrase was wrong: ask again. */
        WRONG_PASSPHRASE,
        /** The store file is damaged: restore a backup, open another store, or quit. */
        DAMAGED,
        /** The chosen backup is not one, or none of the backups could be restored. */
        BAD_BACKUP,
        OTHER
    }

    private final Kind kind;

    public WorkspaceOpenException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public WorkspaceOpenException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
