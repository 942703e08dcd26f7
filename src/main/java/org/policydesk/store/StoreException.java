package org.policydesk.store;

/** The store cannot be opened or used; the message is written for the user, the kind says what went wrong. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can offer the right way out (retry, ask again, restore a backup). */
    public enum Kind {
        /** Another PolicyDesk window or command has the store open. */
        LOCKED,
        /** The store is encrypted and no passphrase was given. */
        PASSPHRASE_NEEDED,
        /** The passphrase does not open the store (or the encrypted file is damaged beyond telling). */
        WRONG_PASSPHRASE,
        /** The store file is truncated, garbled or otherwise unreadable. */
        DAMAGED,
        /** A backup file is not a PolicyDesk backup, or cannot be read. */
        BAD_BACKUP,
        /** Anything else: a folder that cannot be made, a full disk… */
        OTHER
    }

    private final Kind kind;

    public StoreException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
